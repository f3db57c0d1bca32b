target_sources(labdesk_ui PRIVATE
    sshkeys/addkeydialog.cpp sshkeys/addkeydialog.h
    sshkeys/keysetupwizard.cpp sshkeys/keysetupwizard.h
    sshkeys/sshkeysmodel.cpp sshkeys/sshkeysmodel.h
    sshkeys/sshkeysview.cpp sshkeys/sshkeysview.h
)
