#pragma once

#include <QtGlobal>

#include <optional>
#include <type_traits>
#include <utility>

namespace parat {

// Row versions and undo (docs/team-mode.md "Concurrent edits"), written once for every command that edits or removes
// a versioned row (a person, stakeholder, risk, decision, communication item or allocation).

// T carries the row version it was read with (a qint64 member `version`; -1: unchecked).
template<typename T, typename = void> struct HasRowVersion : std::false_type
{
};
template<typename T>
struct HasRowVersion<T, std::void_t<decltype(std::declval<T &>().version)>>
    : std::is_same<std::decay_t<decltype(std::declval<T &>().version)>, qint64>
{
};

// The version a command's write of a row is checked against. Normally `version`, the one the command holds (the
// version it read, or the one its last write produced). When the stored row is at another version but still holds
// exactly `expected` — what this command itself last wrote — one's own later steps (other commands' redo and undo)
// moved the version on without changing what the row holds, so the stored version is used and the write goes
// through. Otherwise `version` stays, and the repository refuses the write naming who changed the row and when.
// T's == compares what the row holds, not its version.
template<typename T>
qint64 versionToWrite(const std::optional<T> &stored, qint64 version, const std::optional<T> &expected)
{
    if (version == -1 || !stored || !expected || stored->version == version)
        return version;
    return *stored == *expected ? stored->version : version;
}

// After a checked write made against `writtenAgainst`: the stored row (read again) when it is the one the write
// produced (version one past), so the next step of the command can compare against exactly what was stored;
// nothing when another client changed it in between (the next step is then refused unless the version matches).
template<typename T> std::optional<T> writtenRow(std::optional<T> stored, qint64 writtenAgainst)
{
    if (writtenAgainst == -1 || !stored || stored->version != writtenAgainst + 1)
        return std::nullopt;
    return stored;
}

// The row version of a command that removes a row in redo() and puts it back in undo(): the removal is checked
// against the version the row was read with, then against the one undo put it back at — or, by versionToWrite,
// against whatever version the row has when it still holds exactly what undo put back.
template<typename T> class RemovalVersion
{
public:
    explicit RemovalVersion(qint64 version = -1)
        : m_version(version)
    { }

    // The row was just added (its first redo): `stored` is it as read back.
    void added(const std::optional<T> &stored)
    {
        if (!stored)
            return;
        m_version = stored->version;
        m_putBack = stored;
    }
    // The version to remove the row (now `stored`) against.
    qint64 toRemove(const std::optional<T> &stored) const { return versionToWrite(stored, m_version, m_putBack); }
    // Undo put `taken` (as removed, at its version then) back, one version past; `stored` is the row read again.
    void putBack(const T &taken, const std::optional<T> &stored)
    {
        if (m_version == -1)
            return;
        m_version = taken.version + 1;
        m_putBack = writtenRow(stored, taken.version);
    }

private:
    qint64 m_version;
    std::optional<T> m_putBack;
};

} // namespace parat
