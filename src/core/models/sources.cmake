target_sources(labdesk_core PRIVATE
    models/accesslevels.cpp models/accesslevels.h
    models/avatarcache.cpp models/avatarcache.h
    models/namerules.cpp models/namerules.h
    models/projectrequests.cpp models/projectrequests.h
    models/grouptreemodel.cpp models/grouptreemodel.h
    models/projectlistmodel.cpp models/projectlistmodel.h
    models/membersmodel.cpp models/membersmodel.h
    models/remotelistmodel.cpp models/remotelistmodel.h
    models/accessrequestsmodel.cpp models/accessrequestsmodel.h
    models/pendingusersmodel.cpp models/pendingusersmodel.h
)
