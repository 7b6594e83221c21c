// SPDX-License-Identifier: GPL-3.0-or-later
#include "flow/FlowOptions.h"

#include "project/ProjectDatabase.h"

namespace ethoscribe {

FlowOptions flowOptionsForProject(ProjectDatabase &db)
{
    return flowOptionsFor(db.setting(QString::fromLatin1(kFlowMethodSetting)));
}

FlowOptions flowOptionsFor(const QString &methodSetting)
{
    FlowOptions options;
    FlowMethod method = FlowMethod::TvL1;
    if (flowMethodFromName(methodSetting, &method))
        options.method = method;
    return options;
}

bool setProjectFlowMethod(ProjectDatabase &db, FlowMethod method)
{
    return db.setSetting(QString::fromLatin1(kFlowMethodSetting), flowMethodName(method));
}

} // namespace ethoscribe
