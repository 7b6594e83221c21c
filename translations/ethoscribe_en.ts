<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FoldPlan</name>
    <message numerus="yes">
        <location filename="../core/cv/FoldPlan.cpp" line="+49"/>
        <source>Cross-validation needs labeled videos from at least two recordings; the project has %n.</source>
        <translation>
            <numerusform>Cross-validation needs labeled videos from at least two recordings; the project has %n.</numerusform>
            <numerusform>Cross-validation needs labeled videos from at least two recordings; the project has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InceptionInflater</name>
    <message numerus="yes">
        <location filename="../models/weights/InceptionInflater.cpp" line="+78"/>
        <source>%n 2D kernel(s) were inflated to 3D (repeated over time and divided by the kernel&apos;s temporal size).</source>
        <translation>
            <numerusform>%n 2D kernel was inflated to 3D (repeated over time and divided by the kernel&apos;s temporal size).</numerusform>
            <numerusform>%n 2D kernels were inflated to 3D (repeated over time and divided by the kernel&apos;s temporal size).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelImporter</name>
    <message numerus="yes">
        <location filename="../models/weights/ModelImporter.cpp" line="+57"/>
        <source>The &quot;module.&quot; prefix of multi-GPU training was removed from %n name(s).</source>
        <translation>
            <numerusform>The &quot;module.&quot; prefix of multi-GPU training was removed from %n name.</numerusform>
            <numerusform>The &quot;module.&quot; prefix of multi-GPU training was removed from %n names.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message numerus="yes">
        <location filename="../core/common/TimeLeft.cpp" line="+63"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n hour(s) %1 minutes left</source>
        <translation>
            <numerusform>about %n hour %1 minutes left</numerusform>
            <numerusform>about %n hours %1 minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightImportReport</name>
    <message numerus="yes">
        <location filename="../models/weights/WeightImportReport.cpp" line="+39"/>
        <source>%n tensor(s) of the file have other shapes than the network&apos;s (%1): the file was made for another variant of the network (other width, depth or input channels).</source>
        <translation>
            <numerusform>%n tensor of the file has another shape than the network&apos;s (%1): the file was made for another variant of the network (other width, depth or input channels).</numerusform>
            <numerusform>%n tensors of the file have other shapes than the network&apos;s (%1): the file was made for another variant of the network (other width, depth or input channels).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightImporter</name>
    <message numerus="yes">
        <location filename="../models/weights/WeightImporter.cpp" line="+153"/>
        <source>%n batch-norm step counter(s) were not in the file (files from PyTorch before 0.4.1 have none); this does not change the model.</source>
        <translation>
            <numerusform>%n batch-norm step counter was not in the file (files from PyTorch before 0.4.1 have none); this does not change the model.</numerusform>
            <numerusform>%n batch-norm step counters were not in the file (files from PyTorch before 0.4.1 have none); this does not change the model.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ethoscribe::AnnotatedVideoDialog</name>
    <message numerus="yes">
        <location filename="../ui/export/AnnotatedVideoDialog.cpp" line="+101"/>
        <source>%n frame(s), %1 s</source>
        <translation>
            <numerusform>%n frame, %1 s</numerusform>
            <numerusform>%n frames, %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ethoscribe::FusionPanel</name>
    <message numerus="yes">
        <location filename="../ui/prediction/FusionPanel.cpp" line="+53"/>
        <location line="+3"/>
        <location line="+4"/>
        <source> frame(s)</source>
        <translation>
            <numerusform> frame</numerusform>
            <numerusform> frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ethoscribe::ImportLabelsDialog</name>
    <message numerus="yes">
        <location filename="../ui/labeling/ImportLabelsDialog.cpp" line="+336"/>
        <source>%1 (%2): %n labeled frame(s) in %3 bouts</source>
        <translation>
            <numerusform>%1 (%2): %n labeled frame in %3 bouts</numerusform>
            <numerusform>%1 (%2): %n labeled frames in %3 bouts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ethoscribe::ImportWeightsDialog</name>
    <message numerus="yes">
        <location filename="../ui/training/ImportWeightsDialog.cpp" line="+54"/>
        <source>Networks pre-trained on other videos learn mouse behaviors from fewer labels. Import their weights here, then choose the model as starting weights in Models &gt; Retrain. The classifier is made for this project&apos;s %n behavior(s).</source>
        <translation>
            <numerusform>Networks pre-trained on other videos learn mouse behaviors from fewer labels. Import their weights here, then choose the model as starting weights in Models &gt; Retrain. The classifier is made for this project&apos;s %n behavior.</numerusform>
            <numerusform>Networks pre-trained on other videos learn mouse behaviors from fewer labels. Import their weights here, then choose the model as starting weights in Models &gt; Retrain. The classifier is made for this project&apos;s %n behaviors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ethoscribe::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+1670"/>
        <source>The window now analyses with %n model(s) of the run; Models &gt; Analyse This Video uses them.</source>
        <translation>
            <numerusform>The window now analyses with %n model of the run; Models &gt; Analyse This Video uses it.</numerusform>
            <numerusform>The window now analyses with %n models of the run; Models &gt; Analyse This Video uses them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-828"/>
        <source>%n finished training run(s) recorded in the project (Models &gt; Training Results...).</source>
        <translation>
            <numerusform>%n finished training run recorded in the project (Models &gt; Training Results...).</numerusform>
            <numerusform>%n finished training runs recorded in the project (Models &gt; Training Results...).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n stream</numerusform>
            <numerusform>%n streams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+235"/>
        <source>Cancelled: %n video(s) added.</source>
        <translation>
            <numerusform>Cancelled: %n video added.</numerusform>
            <numerusform>Cancelled: %n videos added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n video(s) added.</source>
        <translation>
            <numerusform>%n video added.</numerusform>
            <numerusform>%n videos added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+351"/>
        <source>Found all %n missing video(s).</source>
        <translation>
            <numerusform>Found the missing video.</numerusform>
            <numerusform>Found all %n missing videos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Found %1 of %n missing video(s); the others are not in that folder (or their content changed).</source>
        <translation>
            <numerusform>Found %1 of %n missing video; it is not in that folder (or its content changed).</numerusform>
            <numerusform>Found %1 of %n missing videos; the others are not in that folder (or their content changed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Looking for %n missing video(s) by their content...</source>
        <translation>
            <numerusform>Looking for %n missing video by its content...</numerusform>
            <numerusform>Looking for %n missing videos by their content...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+342"/>
        <source>Analysing %n video(s) in the background; predictions appear on the timeline as they are ready.</source>
        <translation>
            <numerusform>Analysing %n video in the background; predictions appear on the timeline as they are ready.</numerusform>
            <numerusform>Analysing %n videos in the background; predictions appear on the timeline as they are ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+302"/>
        <source>%n new behavior(s).</source>
        <translation>
            <numerusform>%n new behavior.</numerusform>
            <numerusform>%n new behaviors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>Exported the labels of %n video(s) to %1.</source>
        <translation>
            <numerusform>Exported the labels of %n video to %1.</numerusform>
            <numerusform>Exported the labels of %n videos to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Writing the labels of %n video(s)...</source>
        <translation>
            <numerusform>Writing the labels of %n video...</numerusform>
            <numerusform>Writing the labels of %n videos...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Exported the predictions of %n video(s) (RGB weight %1, I3D share %2) to %3.</source>
        <translation>
            <numerusform>Exported the prediction of %n video (RGB weight %1, I3D share %2) to %3.</numerusform>
            <numerusform>Exported the predictions of %n videos (RGB weight %1, I3D share %2) to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n video(s) are not fully analysed yet: their frames without a prediction are left empty.</source>
        <translation>
            <numerusform>%n video is not fully analysed yet: its frames without a prediction are left empty.</numerusform>
            <numerusform>%n videos are not fully analysed yet: their frames without a prediction are left empty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Fusing and writing the predictions of %n video(s)...</source>
        <translation>
            <numerusform>Fusing and writing the prediction of %n video...</numerusform>
            <numerusform>Fusing and writing the predictions of %n videos...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+279"/>
        <source>%n video(s) are still being analysed. Stop and quit? What is finished is kept, and analysing again later resumes where it stopped.</source>
        <translation>
            <numerusform>%n video is still being analysed. Stop and quit? What is finished is kept, and analysing again later resumes where it stopped.</numerusform>
            <numerusform>%n videos are still being analysed. Stop and quit? What is finished is kept, and analysing again later resumes where it stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ethoscribe::StatisticsDialog</name>
    <message numerus="yes">
        <location filename="../ui/statistics/StatisticsDialog.cpp" line="+481"/>
        <source>The selection, pooled (%n video(s))</source>
        <translation>
            <numerusform>The selection, pooled (%n video)</numerusform>
            <numerusform>The selection, pooled (%n videos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Reading and fusing the predictions of %n video(s)...</source>
        <translation>
            <numerusform>Reading and fusing the prediction of %n video...</numerusform>
            <numerusform>Reading and fusing the predictions of %n videos...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %2 frames labeled in %n video(s).</source>
        <translation>
            <numerusform>%1 of %2 frames labeled in %n video.</numerusform>
            <numerusform>%1 of %2 frames labeled in %n videos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Reading and fusing the predictions of %n more video(s)...</source>
        <translation>
            <numerusform>Reading and fusing the prediction of %n more video...</numerusform>
            <numerusform>Reading and fusing the predictions of %n more videos...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+199"/>
        <source>Wrote %n file(s) into %1.</source>
        <translation>
            <numerusform>Wrote %n file into %1.</numerusform>
            <numerusform>Wrote %n files into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ethoscribe::TaskList</name>
    <message numerus="yes">
        <location filename="../ui/tasks/TaskList.cpp" line="+125"/>
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n more)</numerusform>
            <numerusform> (+%n more)</numerusform>
        </translation>
    </message>
</context>
</TS>
