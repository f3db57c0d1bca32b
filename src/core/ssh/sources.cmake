target_sources(labdesk_core PRIVATE
    ssh/keygen.cpp ssh/keygen.h
    ssh/keysetup.cpp ssh/keysetup.h
    ssh/knownhosts.cpp ssh/knownhosts.h
    ssh/publickey.cpp ssh/publickey.h
    ssh/sshagent.cpp ssh/sshagent.h
    ssh/sshconfig.cpp ssh/sshconfig.h
    ssh/sshkeyrecord.cpp ssh/sshkeyrecord.h
    ssh/sshprobe.cpp ssh/sshprobe.h
    ssh/sshtask.h
)
