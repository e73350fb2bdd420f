// A parat that is only the command line (parat_cli): the cli_links_no_widgets test checks which libraries it
// loads and that it runs.
#include "Cli.h"

#include "domain/Clock.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    QCoreApplication::setOrganizationName(QStringLiteral("Parat"));
    QCoreApplication::setApplicationName(QStringLiteral("Parat"));
    parat::SystemClock clock;
    return parat::runCommandLine(argc, argv, args, clock);
}
