#pragma once

namespace parat {

// Merge ids of undo commands (QUndoCommand::id()); -1 means "never merge". One enum for all commands.
enum CommandId
{
    NoMerge = -1,
    SetTaskStateId = 1,
};

} // namespace parat
