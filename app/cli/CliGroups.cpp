#include "CliGroups.h"

#include "BackupCli.h"
#include "CalendarCli.h"
#include "DecisionCli.h"
#include "ExportCli.h"
#include "HandbookCli.h"
#include "InitCli.h"
#include "MunicipalityCli.h"
#include "ReadinessCli.h"
#include "ReportCli.h"
#include "RiskCli.h"
#include "RunbookCli.h"
#include "ServerCli.h"
#include "SheetsCli.h"
#include "StatusCli.h"

namespace parat {

// To add a command group: write its CliGroup class in this folder and add it here. Add its commands to the
// man page (resources/parat.1) and README's Command line section too; a test compares them with
// `parat --help`.
const std::vector<std::unique_ptr<CliGroup>> &cliGroups()
{
    static const std::vector<std::unique_ptr<CliGroup>> groups = [] {
        std::vector<std::unique_ptr<CliGroup>> list;
        list.push_back(std::make_unique<InitCli>());
        list.push_back(std::make_unique<HandbookCli>());
        list.push_back(std::make_unique<MunicipalityCli>());
        list.push_back(std::make_unique<ReportCli>());
        list.push_back(std::make_unique<RiskCli>());
        list.push_back(std::make_unique<DecisionCli>());
        list.push_back(std::make_unique<BackupCli>());
        list.push_back(std::make_unique<CalendarCli>());
        list.push_back(std::make_unique<ReadinessCli>());
        list.push_back(std::make_unique<RunbookCli>());
        list.push_back(std::make_unique<ExportCli>());
        list.push_back(std::make_unique<ServerCli>());
        list.push_back(std::make_unique<CopyCli>());
        list.push_back(std::make_unique<StatusCli>());
        list.push_back(std::make_unique<SheetsCli>());
        return list;
    }();
    return groups;
}

} // namespace parat
