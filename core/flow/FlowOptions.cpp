// SPDX-License-Identifier: GPL-3.0-or-later
#include "flow/FlowOptions.h"

#include "project/ProjectDatabase.h"

namespace ethoscribe {

FlowOptions flowOptionsForProject(ProjectDatabase &db)
{
    FlowOptions options;
    FlowMethod method = FlowMethod::TvL1;
    if (flowMethodFromName(db.setting(QString::fromLatin1(kFlowMethodSetting),
                                      flowMethodName(FlowMethod::TvL1)),
                           &method))
        options.method = method;
    return options;
}

bool setProjectFlowMethod(ProjectDatabase &db, FlowMethod method)
{
    return db.setSetting(QString::fromLatin1(kFlowMethodSetting), flowMethodName(method));
}

} // namespace ethoscribe
