target_sources(labdesk_ui PRIVATE
    clones/clonepane.cpp clones/clonepane.h
    clones/clonesview.cpp clones/clonesview.h
)
