target_sources(labctl PRIVATE cicommands.cpp cicommands.h)
