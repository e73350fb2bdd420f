#include "CliGroup.h"

#include "Cli.h"

namespace parat {

CliCall::CliCall(QString command, const QCommandLineParser &options, QStringList arguments, const Clock &clock,
                 CliWriter out, CliWriter err)
    : m_command(std::move(command))
    , m_options(options)
    , m_arguments(std::move(arguments))
    , m_clock(clock)
    , m_out(std::move(out))
    , m_err(std::move(err))
{ }

void CliCall::setDatabase(Database *database, const QString &path, bool readOnly)
{
    m_database = database;
    m_databasePath = path;
    m_readOnly = readOnly;
}

namespace {

QString asLine(const QString &text)
{
    return text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n');
}

} // namespace

void CliCall::out(const QString &text) const
{
    m_out(asLine(text));
}

void CliCall::err(const QString &text) const
{
    m_err(asLine(text));
}

int CliCall::usageError(const QString &message) const
{
    err(message + QLatin1Char('\n') + Cli::tr("Run parat %1 --help for usage.").arg(m_command));
    return ExitUsage;
}

int CliCall::fail(ExitCode code, const QString &message) const
{
    err(message);
    return code;
}

CliCommand cliCommand(const QString &name, const QList<CliArgument> &arguments, const QString &description,
                      std::function<int(CliCall &)> run, DatabaseUse database)
{
    CliCommand command;
    command.name = name;
    command.arguments = arguments;
    command.description = description;
    command.database = database;
    command.run = std::move(run);
    return command;
}

QStringList CliCommand::usageLines() const
{
    const QString prefix = name.isEmpty() ? QString() : name + QLatin1Char(' ');
    if (!synopses.isEmpty()) {
        QStringList lines;
        for (const QString &synopsis : synopses)
            lines.append((prefix + synopsis).trimmed());
        return lines;
    }
    QStringList parts;
    if (!name.isEmpty())
        parts.append(name);
    for (const CliArgument &argument : arguments)
        parts.append(argument.name);
    for (const QCommandLineOption &option : options) {
        const QString flag = QStringLiteral("--") + option.names().constLast();
        parts.append(option.valueName().isEmpty() ? QStringLiteral("[%1]").arg(flag)
                                                  : QStringLiteral("[%1 %2]").arg(flag, option.valueName()));
    }
    return {parts.join(QLatin1Char(' '))};
}

} // namespace parat
