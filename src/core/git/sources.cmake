target_sources(labdesk_core PRIVATE
    git/cloneorigin.cpp git/cloneorigin.h
    git/clonesmodel.cpp git/clonesmodel.h
    git/gitlog.cpp git/gitlog.h
    git/hostkey.cpp git/hostkey.h
    git/knownhostspolicy.cpp git/knownhostspolicy.h
    git/localcommit.cpp git/localcommit.h
    git/remoteauth.cpp git/remoteauth.h
    git/repositorystatus.cpp git/repositorystatus.h
    git/transferjob.cpp git/transferjob.h
)
