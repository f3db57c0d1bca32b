target_sources(labdesk_core PRIVATE
    ci/diagnostic.cpp ci/diagnostic.h
    ci/document.cpp ci/document.h
    ci/editor.cpp ci/editor.h
    ci/model.cpp ci/model.h
    ci/patch.cpp ci/patch.h
    ci/simulation.cpp ci/simulation.h
    ci/validator.cpp ci/validator.h
    ci/value.cpp ci/value.h
)
