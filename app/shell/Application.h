#pragma once

namespace parat {

// Entry point of the parat executable: a subcommand runs headless, no subcommand opens the window.
int runParat(int argc, char *argv[]);

} // namespace parat
