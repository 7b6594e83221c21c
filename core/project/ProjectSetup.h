// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ethoscribe {

class Document;

// Creating a project, the same way for the window (File > New Project, the demo) and the command
// line (`project create`).
namespace ProjectSetup {

// Creates a project file, opens it in `document` and, unless told otherwise, gives it the eight
// behaviors of Jhuang et al. 2010 (BehaviorSet::jhuangDefault) through the document's own edits;
// the new project starts with nothing to undo. False with a plain-language *error otherwise.
bool createProject(Document &document,
                   const QString &path,
                   QString *error,
                   bool withDefaultBehaviors = true);

} // namespace ProjectSetup
} // namespace ethoscribe
