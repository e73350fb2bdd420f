#pragma once

#include "CliGroup.h"

#include <memory>
#include <vector>

namespace parat {

// Every command group of the command line, in the order `parat --help` lists them.
const std::vector<std::unique_ptr<CliGroup>> &cliGroups();

} // namespace parat
