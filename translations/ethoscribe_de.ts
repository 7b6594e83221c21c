<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AcceptPredictionsCommand</name>
    <message>
        <location filename="../core/project/commands/AcceptPredictionsCommand.cpp" line="16"/>
        <source>Accept predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/commands/AcceptPredictionsCommand.cpp" line="31"/>
        <source>The track to accept labels from is not a prediction track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/commands/AcceptPredictionsCommand.cpp" line="38"/>
        <source>The predictions belong to another video.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddBehaviorCommand</name>
    <message>
        <location filename="../core/project/commands/AddBehaviorCommand.cpp" line="13"/>
        <source>Add behavior</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignBehaviorCommand</name>
    <message>
        <location filename="../core/project/commands/AssignBehaviorCommand.cpp" line="19"/>
        <source>Label %1</source>
        <translation type="unfinished">Als %1 markieren</translation>
    </message>
    <message>
        <location filename="../core/project/commands/AssignBehaviorCommand.cpp" line="21"/>
        <source>unlabeled</source>
        <translation type="unfinished">ohne Label</translation>
    </message>
    <message>
        <location filename="../core/project/commands/AssignBehaviorCommand.cpp" line="27"/>
        <source>There is no behavior number %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDatasetImporter</name>
    <message>
        <location filename="../core/project/ClipDatasetImporter.cpp" line="43"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ClipDatasetImporter.cpp" line="94"/>
        <source>%1: the name is not &lt;recording&gt;_&lt;behavior&gt;_&lt;number&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ClipDatasetImporter.cpp" line="146"/>
        <source>%1: already in the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentHash</name>
    <message>
        <location filename="../core/project/ContentHash.cpp" line="38"/>
        <source>Could not read the video %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ContentHash.cpp" line="58"/>
        <source>Could not read the video %1 to the end: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <location filename="../ui/demo/DemoProject.cpp" line="90"/>
        <source>%1 names behaviors the project does not know: %2</source>
        <translation>%1 enthält Verhaltensnamen, die das Projekt nicht kennt: %2</translation>
    </message>
</context>
<context>
    <name>EraseRangeCommand</name>
    <message>
        <location filename="../core/project/commands/EraseRangeCommand.cpp" line="12"/>
        <source>Erase labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportLabelsCommand</name>
    <message>
        <location filename="../core/project/commands/ImportLabelsCommand.cpp" line="15"/>
        <source>Import labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/commands/ImportLabelsCommand.cpp" line="29"/>
        <source>This video is not in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/commands/ImportLabelsCommand.cpp" line="42"/>
        <source>The imported labels use behavior number %1, which is not in the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelRangeCommand</name>
    <message>
        <location filename="../core/project/commands/LabelRangeCommand.cpp" line="21"/>
        <source>This label track no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/commands/LabelRangeCommand.cpp" line="26"/>
        <source>Predictions cannot be edited. Accept them into a manual track and correct them there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeBoutsCommand</name>
    <message>
        <location filename="../core/project/commands/MergeBoutsCommand.cpp" line="15"/>
        <source>Merge bouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/commands/MergeBoutsCommand.cpp" line="25"/>
        <source>Both ends of a merge must be inside labeled bouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/commands/MergeBoutsCommand.cpp" line="30"/>
        <source>These frames are already in the same bout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveBehaviorCommand</name>
    <message>
        <location filename="../core/project/commands/MoveBehaviorCommand.cpp" line="10"/>
        <source>Reorder behaviors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/commands/MoveBehaviorCommand.cpp" line="18"/>
        <source>There is no behavior at this position.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveBoundaryCommand</name>
    <message>
        <location filename="../core/project/commands/MoveBoundaryCommand.cpp" line="15"/>
        <source>Move bout edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/commands/MoveBoundaryCommand.cpp" line="25"/>
        <source>There is no bout edge at frame %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <location filename="../core/project/ProjectSchema.cpp" line="104"/>
        <source>Could not start updating the project file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectSchema.cpp" line="116"/>
        <source>Could not update the project file to version %1 (%2): %3. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectSchema.cpp" line="129"/>
        <source>Could not save the updated project file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSetup</name>
    <message>
        <location filename="../ui/project/ProjectSetup.cpp" line="55"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/project/ProjectSetup.cpp" line="62"/>
        <source>%1 contains no video frames. Check that it is a video file and that it was copied completely.</source>
        <translation>%1 enthält keine Videobilder. Prüfen Sie, ob es eine Videodatei ist und vollständig kopiert wurde.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../ui/tasks/ProgressTask.h" line="69"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/tasks/ProgressTask.h" line="79"/>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
</context>
<context>
    <name>RecolorBehaviorCommand</name>
    <message>
        <location filename="../core/project/commands/RecolorBehaviorCommand.cpp" line="13"/>
        <source>Change behavior colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/commands/RecolorBehaviorCommand.cpp" line="21"/>
        <source>This behavior or colour does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveBehaviorCommand</name>
    <message>
        <location filename="../core/project/commands/RemoveBehaviorCommand.cpp" line="14"/>
        <source>Remove behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/commands/RemoveBehaviorCommand.cpp" line="23"/>
        <source>There is no behavior number %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/commands/RemoveBehaviorCommand.cpp" line="29"/>
        <source>Choose another existing behavior (or unlabeled) for the frames of the behavior you remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameBehaviorCommand</name>
    <message>
        <location filename="../core/project/commands/RenameBehaviorCommand.cpp" line="10"/>
        <source>Rename behavior</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitBoutCommand</name>
    <message>
        <location filename="../core/project/commands/SplitBoutCommand.cpp" line="16"/>
        <source>Split bout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/commands/SplitBoutCommand.cpp" line="25"/>
        <source>Frame %1 is not inside a labeled bout, so there is nothing to split there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/commands/SplitBoutCommand.cpp" line="33"/>
        <source>Both parts of a split bout need different behaviors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/commands/SplitBoutCommand.cpp" line="38"/>
        <source>There is no behavior number %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyntheticCage</name>
    <message>
        <location filename="../core/synth/SyntheticCageOptions.cpp" line="19"/>
        <source>The frame size %1x%2 is not usable: width and height must be even, at least 64x48 and at most 4096x4096.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/SyntheticCageOptions.cpp" line="26"/>
        <source>The frame rate %1 is not usable: use 1 to 240 frames per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/SyntheticCageOptions.cpp" line="31"/>
        <source>The length %1 s is not usable: use more than one frame and at most 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/SyntheticCageOptions.cpp" line="37"/>
        <source>The difficulty %1 is not usable: use a number from 0 (easy) to 1 (hard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/SyntheticCageOptions.cpp" line="42"/>
        <source>The video index must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoProbe</name>
    <message>
        <location filename="../core/project/VideoProbe.cpp" line="18"/>
        <source>The video %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/VideoProbe.cpp" line="29"/>
        <source>The video %1 has no frames that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ethoscribe</name>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="39"/>
        <source>another program is using the project file; close it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="41"/>
        <source>the project file cannot be written (it is read-only or on a read-only disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="44"/>
        <source>the disk could not be read or written (is it still connected?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="47"/>
        <source>the file is damaged or is not an Ethoscribe project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="49"/>
        <source>the disk is full; free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="51"/>
        <source>the file cannot be opened (check that the folder exists and that you may write in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="58"/>
        <source>unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ethoscribe::BehaviorBar</name>
    <message>
        <location filename="../ui/labeling/BehaviorBar.cpp" line="47"/>
        <source>Label the current frame or the selection as %1</source>
        <translation>Aktuelles Bild oder Auswahl als %1 markieren</translation>
    </message>
    <message>
        <location filename="../ui/labeling/BehaviorBar.cpp" line="48"/>
        <source>Label the current frame or the selection as %1 (key %2; hold the key while playing to paint)</source>
        <translation>Aktuelles Bild oder Auswahl als %1 markieren (Taste %2; während der Wiedergabe gedrückt halten, um fortlaufend zu markieren)</translation>
    </message>
</context>
<context>
    <name>ethoscribe::BehaviorSet</name>
    <message>
        <location filename="../core/behaviors/BehaviorSet.cpp" line="109"/>
        <source>A behavior needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/behaviors/BehaviorSet.cpp" line="114"/>
        <source>The behavior name &quot;%1&quot; starts or ends with spaces; remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/behaviors/BehaviorSet.cpp" line="120"/>
        <source>There is already a behavior called &quot;%1&quot;. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/behaviors/BehaviorSet.cpp" line="130"/>
        <source>Invalid keyboard shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/behaviors/BehaviorSet.cpp" line="136"/>
        <source>This key is already used by &quot;%1&quot;. Choose another key or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/behaviors/BehaviorSet.cpp" line="168"/>
        <source>Invalid behavior id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/behaviors/BehaviorSet.cpp" line="172"/>
        <source>The behavior id %1 is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/behaviors/BehaviorSet.cpp" line="191"/>
        <location filename="../core/behaviors/BehaviorSet.cpp" line="213"/>
        <source>There is no behavior with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/behaviors/BehaviorSet.cpp" line="255"/>
        <source>The behavior &quot;%1&quot; has an invalid or repeated id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/behaviors/BehaviorSet.cpp" line="262"/>
        <source>A behavior has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/behaviors/BehaviorSet.cpp" line="267"/>
        <source>The behavior name &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/behaviors/BehaviorSet.cpp" line="273"/>
        <source>The keyboard shortcut of &quot;%1&quot; is invalid or used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/behaviors/BehaviorSet.cpp" line="305"/>
        <source>Behavior entry %1 is malformed (needs an id and a name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ethoscribe::CsvReader</name>
    <message>
        <location filename="../core/io/CsvReader.cpp" line="91"/>
        <source>the file is not valid UTF-16 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvReader.cpp" line="95"/>
        <source>the file contains binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvReader.cpp" line="106"/>
        <source>the file looks like UTF-16 text without a byte-order mark; save it as UTF-8 (&quot;CSV UTF-8&quot; in spreadsheet programs) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvReader.cpp" line="113"/>
        <source>the file contains binary data (a NUL byte); it is not a CSV text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvReader.cpp" line="115"/>
        <source>invalid UTF-8 text (byte 0x%1 at offset %2); save the file as UTF-8 and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvReader.cpp" line="127"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvReader.cpp" line="186"/>
        <source>a quoted field is never closed (missing &apos;&quot;&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvReader.cpp" line="218"/>
        <source>unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/CsvReader.cpp" line="228"/>
        <source>a quote character inside an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ethoscribe::Document</name>
    <message>
        <location filename="../core/project/Document.cpp" line="79"/>
        <source>The behaviors stored in the project %1 are inconsistent (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/Document.cpp" line="177"/>
        <source>The predictions stored in the project %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/Document.cpp" line="203"/>
        <location filename="../core/project/Document.cpp" line="226"/>
        <source>This video is not in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/Document.cpp" line="250"/>
        <source>This label track no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/Document.cpp" line="427"/>
        <source>There is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/Document.cpp" line="437"/>
        <source>There is nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ethoscribe::Importer</name>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="74"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="75"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2
 {1:?} {2?}</translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="117"/>
        <source>frame %1 is past the end of the video, which has no frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="119"/>
        <source>frame %1 is past the end of the video (%2 frames, numbered 0 to %3); is this the right file for this video?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="124"/>
        <source>frame %1 is implausibly large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="150"/>
        <location filename="../core/io/LabelImport.cpp" line="209"/>
        <location filename="../core/io/LabelImport.cpp" line="525"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="156"/>
        <source>the header must have the columns &quot;frame&quot; and &quot;behavior&quot; (found: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="166"/>
        <location filename="../core/io/LabelImport.cpp" line="232"/>
        <location filename="../core/io/LabelImport.cpp" line="561"/>
        <source>expected %1 fields like the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="173"/>
        <location filename="../core/io/LabelImport.cpp" line="239"/>
        <location filename="../core/io/LabelImport.cpp" line="567"/>
        <source>&quot;%1&quot; is not a frame number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="175"/>
        <source>negative frame number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="181"/>
        <source>frame %1 appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="198"/>
        <source>%1 frames of the video are not in the file; they stay unlabeled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="216"/>
        <source>the header must have the columns &quot;behavior&quot;, &quot;start_frame&quot; and &quot;end_frame&quot; (found: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="244"/>
        <source>invalid bout from frame %1 to frame %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="248"/>
        <location filename="../core/io/LabelImport.cpp" line="347"/>
        <source>the behavior is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="262"/>
        <source>this bout overlaps the bout on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="299"/>
        <source>this is not a BORIS tabular events export: no header row with the columns Time, Behavior and Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="328"/>
        <source>expected %1 fields like the header on line %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="343"/>
        <source>unknown status &quot;%1&quot; (expected START, STOP or POINT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="354"/>
        <source>&quot;%1&quot; is not a frame index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="360"/>
        <source>&quot;%1&quot; is not a time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="365"/>
        <source>negative time or frame index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="394"/>
        <source>the file holds events of several %1 (%2); choose one with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="408"/>
        <source>the file has no events for &quot;%1&quot; (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="414"/>
        <source>media files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="414"/>
        <source>the media file option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="416"/>
        <source>subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="416"/>
        <source>the subject option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="423"/>
        <source>The file says %1 frames per second but the video has %2; times were converted with the video&apos;s frame rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="455"/>
        <source>&quot;%1&quot; starts again but was not stopped since line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="459"/>
        <source>overlapping states: &quot;%1&quot; starts while &quot;%2&quot; (started on line %3) is still going on; Ethoscribe needs exactly one behavior per frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="471"/>
        <source>STOP of &quot;%1&quot; without a matching START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="486"/>
        <source>&quot;%1&quot; starts here but never stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="512"/>
        <source>%1 point events fall inside a state of another behavior; the point event&apos;s behavior labels that one frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="529"/>
        <source>a DeepEthogram label file needs a frame column and at least one behavior column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="539"/>
        <source>column %1 of the header has no behavior name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="571"/>
        <source>frame numbers must run 0, 1, 2, ... without gaps; expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="588"/>
        <source>&quot;%1&quot; in column &quot;%2&quot; is not 0, 1 or -1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="593"/>
        <source>more than one behavior is 1 (&quot;%1&quot; and &quot;%2&quot;); Ethoscribe needs exactly one behavior per frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="618"/>
        <source>%1 frames marked &quot;background&quot; (no behavior) were imported as unlabeled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="622"/>
        <source>The file has %1 frames but the video has %2; the remaining frames stay unlabeled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ethoscribe::LabelExport</name>
    <message>
        <location filename="../core/io/LabelExport.cpp" line="121"/>
        <source>Could not write &quot;%1&quot;: %2. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelExport.cpp" line="128"/>
        <source>Could not write &quot;%1&quot;: %2. Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelExport.cpp" line="181"/>
        <source>Could not create the folder &quot;%1&quot;. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelExport.cpp" line="190"/>
        <source>The video &quot;%1&quot; has no valid frame rate; nothing was written for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ethoscribe::LabelImport</name>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="667"/>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="669"/>
        <source>Ethoscribe per-frame CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="671"/>
        <source>Ethoscribe bouts CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="673"/>
        <source>BORIS tabular events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="675"/>
        <source>DeepEthogram labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="688"/>
        <source>the video has no valid frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="700"/>
        <source>the format was not recognised; expected an Ethoscribe CSV (frame,time_s,behavior), a BORIS tabular events export or a DeepEthogram label file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="744"/>
        <source>could not open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="745"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2
 {1:?} {2?}</translation>
    </message>
</context>
<context>
    <name>ethoscribe::LabelingController</name>
    <message>
        <location filename="../ui/labeling/LabelingController.cpp" line="85"/>
        <source>The change could not be saved, so nothing was changed.

%1</source>
        <translation>Die Änderung konnte nicht gespeichert werden, daher wurde nichts geändert.

%1</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingController.cpp" line="121"/>
        <source>The video file %1 was not found. Its labels are shown, but the video cannot be played. Put the file back where it was, then select the video again.</source>
        <translation>Die Videodatei %1 wurde nicht gefunden. Ihre Labels werden angezeigt, aber das Video kann nicht abgespielt werden. Legen Sie die Datei wieder an ihren Ort und wählen Sie das Video erneut aus.</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingController.cpp" line="170"/>
        <source>fused: %1</source>
        <translation>fusioniert: %1</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingController.cpp" line="240"/>
        <location filename="../ui/labeling/LabelingController.cpp" line="308"/>
        <source>unlabeled</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingController.cpp" line="246"/>
        <source>Open a video first.</source>
        <translation>Öffnen Sie zuerst ein Video.</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingController.cpp" line="250"/>
        <source>This project is open read-only, so labels cannot be changed: %1

Close the other window or program that has the project open, then open it again.</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet, daher können Labels nicht geändert werden: %1

Schließen Sie das andere Fenster oder Programm, in dem das Projekt geöffnet ist, und öffnen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingController.cpp" line="267"/>
        <source>A label track for %1 could not be created: %2</source>
        <translation>Für %1 konnte keine Labelspur angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/labeling/LabelingController.cpp" line="308"/>
        <source>Label %1</source>
        <translation>Als %1 markieren</translation>
    </message>
</context>
<context>
    <name>ethoscribe::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="90"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="90"/>
        <source>Frames</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="90"/>
        <source>FPS</source>
        <translation>FPS</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="90"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="98"/>
        <source>The videos of the project. Drop video files here to add them.</source>
        <translation>Die Videos des Projekts. Ziehen Sie Videodateien hierher, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="131"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="134"/>
        <source>Cannot play the video</source>
        <translation>Video kann nicht abgespielt werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="139"/>
        <source>Frames %1 to %2 selected: press a behavior key to label them, Delete to erase them.</source>
        <translation>Bilder %1 bis %2 ausgewählt: Verhaltenstaste drücken, um sie zu markieren, Entf, um die Labels zu löschen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="165"/>
        <source>&amp;New Project...</source>
        <translation>&amp;Neues Projekt...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="168"/>
        <source>&amp;Open Project...</source>
        <translation>Projekt ö&amp;ffnen...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="171"/>
        <source>&amp;Add Videos...</source>
        <translation>Videos &amp;hinzufügen...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="172"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="174"/>
        <source>Open &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="176"/>
        <source>&amp;Export Labels as CSV...</source>
        <translation>Labels als CSV e&amp;xportieren...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="177"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="179"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="184"/>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="416"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="190"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="192"/>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="418"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="193"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="193"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="198"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="200"/>
        <source>&amp;Erase Labels</source>
        <translation>Labels &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="203"/>
        <source>Erase the labels of the selected frames, or of the current frame</source>
        <translation>Labels der ausgewählten Bilder oder des aktuellen Bildes löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="208"/>
        <source>Clear &amp;Selection</source>
        <translation>Auswahl &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="214"/>
        <source>Annotator &amp;Name...</source>
        <translation>&amp;Name des Annotators...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="217"/>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Wiedergabe / Pause</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="220"/>
        <source>&amp;Next Frame</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="223"/>
        <source>P&amp;revious Frame</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="226"/>
        <source>&amp;Forward One Second</source>
        <translation>Eine Sekunde &amp;vor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="229"/>
        <source>&amp;Back One Second</source>
        <translation>Eine Sekunde &amp;zurück</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="232"/>
        <source>F&amp;irst Frame</source>
        <translation>&amp;Erstes Bild</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="235"/>
        <source>&amp;Last Frame</source>
        <translation>&amp;Letztes Bild</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="240"/>
        <source>Next Label &amp;Change</source>
        <translation>Nächster Label&amp;wechsel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="246"/>
        <source>Previous Label C&amp;hange</source>
        <translation>Vorheriger Labelwe&amp;chsel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="252"/>
        <source>F&amp;aster</source>
        <translation>Schn&amp;eller</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="258"/>
        <source>&amp;Slower</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="265"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="270"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="275"/>
        <source>Show &amp;Whole Video</source>
        <translation>&amp;Ganzes Video zeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="276"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="278"/>
        <source>&amp;Video List</source>
        <translation>&amp;Videoliste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="283"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="286"/>
        <source>&amp;About Ethoscribe</source>
        <translation>Ü&amp;ber Ethoscribe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="293"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="303"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="312"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="319"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="335"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="362"/>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="829"/>
        <source>Annotator: %1</source>
        <translation>Annotator: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="390"/>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="401"/>
        <source>Ethoscribe</source>
        <translation>Ethoscribe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="405"/>
        <source>[read-only]</source>
        <translation>[schreibgeschützt]</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="415"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="417"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="433"/>
        <source>Cannot open the project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="434"/>
        <source>The project %1 could not be opened.

%2</source>
        <translation>Das Projekt %1 konnte nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="440"/>
        <source>Project opened read-only</source>
        <translation>Projekt schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="441"/>
        <source>%1

You can look at the labels but not change them. Close the other window that has the project open, then open it again here.</source>
        <translation>%1

Sie können die Labels ansehen, aber nicht ändern. Schließen Sie das andere Fenster, in dem das Projekt geöffnet ist, und öffnen Sie es dann hier erneut.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="447"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="456"/>
        <source>Cannot create the project</source>
        <translation>Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="457"/>
        <source>The project %1 could not be created.

%2

Choose another name or folder.</source>
        <translation>Das Projekt %1 konnte nicht angelegt werden.

%2

Wählen Sie einen anderen Namen oder Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="483"/>
        <source>Cannot add videos</source>
        <translation>Videos können nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="484"/>
        <source>The project is open read-only: %1</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="493"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="494"/>
        <source>Videos belong to a project, which keeps their labels. Choose where to save the new project.</source>
        <translation>Videos gehören zu einem Projekt, das ihre Labels speichert. Wählen Sie, wo das neue Projekt gespeichert werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="515"/>
        <source>Already in the project: %1</source>
        <translation>Bereits im Projekt: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="522"/>
        <source>Reading %1 (%2 of %3)...</source>
        <translation>%1 wird gelesen (%2 von %3)...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="552"/>
        <source>%1 could not be added: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/MainWindow.cpp" line="563"/>
        <source>Cancelled: %n video(s) added.</source>
        <translation>
            <numerusform>Abgebrochen: %n Video hinzugefügt.</numerusform>
            <numerusform>Abgebrochen: %n Videos hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/MainWindow.cpp" line="564"/>
        <source>%n video(s) added.</source>
        <translation>
            <numerusform>%n Video hinzugefügt.</numerusform>
            <numerusform>%n Videos hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="567"/>
        <source>Some videos were not added</source>
        <translation>Einige Videos wurden nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="568"/>
        <source>These files could not be added:

%1</source>
        <translation>Diese Dateien konnten nicht hinzugefügt werden:

%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="573"/>
        <source>Adding videos</source>
        <translation>Videos werden hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="574"/>
        <source>Reading the videos...</source>
        <translation>Die Videos werden gelesen...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="586"/>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="587"/>
        <source>%1 does not exist. Check the name and the folder.</source>
        <translation>%1 existiert nicht. Prüfen Sie Namen und Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="601"/>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="635"/>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="719"/>
        <source>Cannot create the demo</source>
        <translation>Demo kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="602"/>
        <source>The folder %1 could not be created. Choose a folder you can write to.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="631"/>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="703"/>
        <source>Demo cancelled.</source>
        <translation>Demo abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="636"/>
        <source>The synthetic demo videos could not be written to %1.

%2</source>
        <translation>Die synthetischen Demovideos konnten nicht nach %1 geschrieben werden.

%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="643"/>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="734"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="644"/>
        <source>Generating %1 synthetic cage videos of %2 s...</source>
        <translation>%1 synthetische Käfigvideos zu je %2 s werden erzeugt...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="660"/>
        <source>The demo is open read-only: %1</source>
        <translation>Die Demo ist schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="663"/>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="728"/>
        <source>Demo: press 1-8 to relabel the current frame (hold while playing to paint), Ctrl+Z to undo.</source>
        <translation>Demo: 1-8 drücken, um das aktuelle Bild neu zu markieren (während der Wiedergabe gedrückt halten), Strg+Z macht rückgängig.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="707"/>
        <source>Cannot open the demo</source>
        <translation>Demo kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="708"/>
        <source>The demo videos in %1 could not be read:

%2

Delete the folder to have them generated again.</source>
        <translation>Die Demovideos in %1 konnten nicht gelesen werden:

%2

Löschen Sie den Ordner, damit sie neu erzeugt werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="720"/>
        <source>The demo project %1 could not be created.

%2</source>
        <translation>Das Demoprojekt %1 konnte nicht angelegt werden.

%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="735"/>
        <source>Reading the demo videos...</source>
        <translation>Die Demovideos werden gelesen...</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="744"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="744"/>
        <source>Ethoscribe projects (*.ethoproj)</source>
        <translation>Ethoscribe-Projekte (*.ethoproj)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="756"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="758"/>
        <source>Ethoscribe projects (*.ethoproj);;All files (*)</source>
        <translation>Ethoscribe-Projekte (*.ethoproj);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="769"/>
        <source>Add Videos</source>
        <translation>Videos hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="771"/>
        <source>Videos (*.mp4 *.m4v *.avi *.mpg *.mpeg *.mkv *.mov *.wmv *.asf *.webm *.gif);;All files (*)</source>
        <translation>Videos (*.mp4 *.m4v *.avi *.mpg *.mpeg *.mkv *.mov *.wmv *.asf *.webm *.gif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="785"/>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="792"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="785"/>
        <source>Open a project and select a video first.</source>
        <translation>Öffnen Sie zuerst ein Projekt und wählen Sie ein Video aus.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="793"/>
        <source>There are no labels of %1 for this video yet. Label some frames first.</source>
        <translation>Für dieses Video gibt es noch keine Labels von %1. Markieren Sie zuerst einige Bilder.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="801"/>
        <source>Export Labels as CSV</source>
        <translation>Labels als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="801"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="811"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="814"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="821"/>
        <source>Annotator Name</source>
        <translation>Name des Annotators</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="822"/>
        <source>Your labels are saved under this name:</source>
        <translation>Ihre Labels werden unter diesem Namen gespeichert:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="844"/>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="850"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="851"/>
        <source>Behavior keys (label the current frame, or the selection; hold while playing to paint):
%1
Space: play / pause
Left / Right: one frame back / forward
Shift+Left / Shift+Right: one second
Page Up / Page Down: previous / next label change
[ / ]: slower / faster
Shift+drag on the timeline: select frames
Delete: erase the labels of the selection or frame
Wheel on the timeline: zoom; Shift+wheel: scroll; double-click: whole video
Ctrl+Z / Ctrl+Shift+Z: undo / redo</source>
        <translation>Verhaltenstasten (markieren das aktuelle Bild oder die Auswahl; während der Wiedergabe gedrückt halten, um fortlaufend zu markieren):
%1
Leertaste: Wiedergabe / Pause
Links / Rechts: ein Bild zurück / vor
Umschalt+Links / Umschalt+Rechts: eine Sekunde
Bild auf / Bild ab: vorheriger / nächster Labelwechsel
[ / ]: langsamer / schneller
Umschalt+Ziehen in der Zeitleiste: Bilder auswählen
Entf: Labels der Auswahl oder des Bildes löschen
Mausrad auf der Zeitleiste: zoomen; Umschalt+Mausrad: blättern; Doppelklick: ganzes Video
Strg+Z / Strg+Umschalt+Z: rückgängig / wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="866"/>
        <source>About Ethoscribe</source>
        <translation>Über Ethoscribe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="867"/>
        <source>&lt;h3&gt;Ethoscribe %1&lt;/h3&gt;&lt;p&gt;Per-frame behavior labels (ethograms) from home-cage mouse videos.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later&lt;/p&gt;&lt;p&gt;Built with:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ethoscribe %1&lt;/h3&gt;&lt;p&gt;Bildgenaue Verhaltenslabels (Ethogramme) aus Heimkäfig-Videos von Mäusen.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later&lt;/p&gt;&lt;p&gt;Erstellt mit:&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ethoscribe::PredictionTrack</name>
    <message>
        <location filename="../core/labels/PredictionTrack.cpp" line="187"/>
        <source>The stored predictions are damaged (%1). Run the prediction again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/labels/PredictionTrack.cpp" line="194"/>
        <source>not a prediction record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/labels/PredictionTrack.cpp" line="199"/>
        <source>The stored predictions use format version %1, which this version of Ethoscribe cannot read. Update Ethoscribe or run the prediction again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/labels/PredictionTrack.cpp" line="207"/>
        <source>invalid class count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/labels/PredictionTrack.cpp" line="212"/>
        <location filename="../core/labels/PredictionTrack.cpp" line="216"/>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/labels/PredictionTrack.cpp" line="222"/>
        <source>size does not match %1 frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/labels/PredictionTrack.cpp" line="241"/>
        <source>The two prediction streams cover different numbers of frames (%1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/labels/PredictionTrack.cpp" line="248"/>
        <source>The two prediction streams have different behaviors (%1 / %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/labels/PredictionTrack.cpp" line="256"/>
        <source>Fusion weights must be non-negative and not both zero (got %1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ethoscribe::ProjectDatabase</name>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="143"/>
        <source>start a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="161"/>
        <source>save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="205"/>
        <source>Could not %1 in the project %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="212"/>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="214"/>
        <source>The project %1 is open read-only (%2), so this change cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="222"/>
        <source>prepare a database request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="251"/>
        <source>Cannot create the project %1: a file with this name already exists. Choose another name or open the existing project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="255"/>
        <source>The project %1 does not exist. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="257"/>
        <source>%1 is a folder, not an Ethoscribe project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="259"/>
        <source>Cannot create the project %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="263"/>
        <source>opened read-only on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="276"/>
        <source>it is already open in another Ethoscribe window or program (process %1 on %2); close it there to edit it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="280"/>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="283"/>
        <source>you may not write in the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="289"/>
        <source>the file is write-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="292"/>
        <source>Cannot create the project %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="308"/>
        <location filename="../core/project/ProjectDatabase.cpp" line="317"/>
        <source>Could not open the project %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="327"/>
        <source>%1 is not an Ethoscribe project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="332"/>
        <source>The project %1 was saved by a newer version of Ethoscribe (project format %2; this version reads formats up to %3). Install a newer Ethoscribe to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="344"/>
        <source>The project %1 was saved by an older version of Ethoscribe and must be updated, which is impossible because %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="365"/>
        <source>Could not prepare the project %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="378"/>
        <source>Could not open the project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="488"/>
        <source>add the video %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="523"/>
        <source>update the video %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="537"/>
        <source>remove a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="548"/>
        <source>read the list of videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="564"/>
        <source>read a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="567"/>
        <source>The project %1 has no video number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="592"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="660"/>
        <source>read the behaviors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="681"/>
        <source>change the behaviors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="694"/>
        <source>save the behavior %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="741"/>
        <source>add a label track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="763"/>
        <source>change a label track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="777"/>
        <source>remove a label track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="794"/>
        <source>read the label tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="809"/>
        <source>read a label track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="812"/>
        <source>The project %1 has no label track number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="838"/>
        <source>read labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="859"/>
        <location filename="../core/project/ProjectDatabase.cpp" line="873"/>
        <source>save labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="899"/>
        <source>save predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="910"/>
        <source>read predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="933"/>
        <source>register the model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="950"/>
        <source>remove a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="961"/>
        <source>read the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="987"/>
        <source>save a cross-validation run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="1009"/>
        <source>save the results of fold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="1019"/>
        <source>read the cross-validation runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="1039"/>
        <source>read cross-validation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="1058"/>
        <source>save the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="1069"/>
        <source>read the setting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ethoscribe::SyntheticDataset</name>
    <message>
        <location filename="../core/synth/SyntheticDataset.cpp" line="136"/>
        <source>No output folder was given for the synthetic videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/SyntheticDataset.cpp" line="142"/>
        <source>Could not create the folder %1 for the synthetic videos. Check that its parent folder exists and that you may write there, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/SyntheticDataset.cpp" line="150"/>
        <source>The folder %1 is not writable. Choose another folder for the synthetic videos or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/SyntheticDataset.cpp" line="230"/>
        <source>Could not write the labels file %1: %2. Check the free disk space and the permissions of the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/SyntheticDataset.cpp" line="256"/>
        <source>Generating the synthetic videos was cancelled; the videos finished so far are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ethoscribe::SyntheticDatasetOptions</name>
    <message>
        <location filename="../core/synth/SyntheticDataset.cpp" line="48"/>
        <source>The number of videos %1 is not usable: use 1 to 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/SyntheticDataset.cpp" line="53"/>
        <source>No video codec was given: use h264, mpeg4, mjpeg, mpeg1video or ffv1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/SyntheticDataset.cpp" line="58"/>
        <source>The number of threads must not be negative (0 = one per CPU core).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ethoscribe::TimelineWidget</name>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="34"/>
        <source>Click or drag to move the playhead. Shift+drag selects frames; then press a behavior key to label them. Wheel zooms, Shift+wheel scrolls, double-click shows the whole video.</source>
        <translation>Klicken oder ziehen, um die Abspielposition zu bewegen. Umschalt+Ziehen wählt Bilder aus; dann eine Verhaltenstaste drücken, um sie zu markieren. Mausrad zoomt, Umschalt+Mausrad blättert, Doppelklick zeigt das ganze Video.</translation>
    </message>
</context>
<context>
    <name>ethoscribe::VideoPlayer</name>
    <message>
        <location filename="../ui/player/VideoPlayer.cpp" line="30"/>
        <source>No video open.
Use File &gt; Add Videos or File &gt; Open Demo.</source>
        <translation>Kein Video geöffnet.
Datei &gt; Videos hinzufügen oder Datei &gt; Demo öffnen verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/player/VideoPlayer.cpp" line="33"/>
        <source>One frame back (Left)</source>
        <translation>Ein Bild zurück (Links)</translation>
    </message>
    <message>
        <location filename="../ui/player/VideoPlayer.cpp" line="35"/>
        <source>One frame forward (Right)</source>
        <translation>Ein Bild vor (Rechts)</translation>
    </message>
    <message>
        <location filename="../ui/player/VideoPlayer.cpp" line="37"/>
        <source>Play or pause (Space)</source>
        <translation>Wiedergabe oder Pause (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/player/VideoPlayer.cpp" line="44"/>
        <source>%1x</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../ui/player/VideoPlayer.cpp" line="46"/>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../ui/player/VideoPlayer.cpp" line="91"/>
        <source>Frame %1 could not be decoded: %2</source>
        <translation>Bild %1 konnte nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/player/VideoPlayer.cpp" line="112"/>
        <source>Opening %1 ...</source>
        <translation>%1 wird geöffnet ...</translation>
    </message>
    <message>
        <location filename="../ui/player/VideoPlayer.cpp" line="127"/>
        <source>No video open.</source>
        <translation>Kein Video geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/player/VideoPlayer.cpp" line="305"/>
        <source>Frame %1 / %2   %3 / %4</source>
        <translation>Bild %1 / %2   %3 / %4</translation>
    </message>
</context>
<context>
    <name>ethoscribe::VideoReader</name>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="946"/>
        <source>The video file &quot;%1&quot; does not exist. Check the path; the file may have been moved, renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="950"/>
        <source>&quot;%1&quot; is a folder, not a video file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="953"/>
        <source>&quot;%1&quot; is not a regular file (it is a device, pipe or socket), so it cannot be read as a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="958"/>
        <source>The video file &quot;%1&quot; cannot be read: permission denied. Ask the owner of the file for read access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="963"/>
        <source>The video file &quot;%1&quot; is empty (0 bytes). It is probably an incomplete copy or download; copy it again from the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="1003"/>
        <source>&quot;%1&quot; contains no video frames that can be read. The file is probably incomplete or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="1083"/>
        <location filename="../core/video/VideoReader.cpp" line="1144"/>
        <location filename="../core/video/VideoReader.cpp" line="1162"/>
        <source>No video is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="1087"/>
        <location filename="../core/video/VideoReader.cpp" line="1166"/>
        <source>Frame %1 does not exist in &quot;%2&quot;: the video has %3 frames, numbered 0 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="1123"/>
        <source>Frame %1 of &quot;%2&quot; could not be decoded: the file is damaged at this point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="1129"/>
        <source>&quot;%1&quot; could not be read consistently (it gives different data on each reading). It may have changed on disk or be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ethoscribe::VideoReader::Private</name>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="177"/>
        <source>Reading &quot;%1&quot; was stopped because it made no progress for %2 seconds. The file may be damaged, or on a disk or network share that stopped responding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="182"/>
        <location filename="../core/video/VideoReader.cpp" line="465"/>
        <location filename="../core/video/VideoReader.cpp" line="545"/>
        <source>Reading &quot;%1&quot; was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="218"/>
        <location filename="../core/video/VideoReader.cpp" line="356"/>
        <source>Not enough memory to open &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="230"/>
        <source>&quot;%1&quot; looks like a video file (%2) but cannot be read: %3. It is probably incomplete (a recording or copy that did not finish) or damaged. If you have the original, copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="240"/>
        <source>&quot;%1&quot; is not a video file that Ethoscribe can read: its format was not recognised. Check that the file really is a video (it may be damaged, or a different kind of file with a video&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="246"/>
        <source>Could not open the video &quot;%1&quot; (FFmpeg says: %2). The file is probably damaged or not a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="274"/>
        <source>&quot;%1&quot; contains no video. It may be an audio file, a still picture or a different kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="278"/>
        <source>&quot;%1&quot; is not a video file that Ethoscribe can read: it looks like a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="285"/>
        <source>&quot;%1&quot; changed while it was being read. Open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="330"/>
        <source>&quot;%1&quot; uses the video codec &quot;%2&quot;, which Ethoscribe cannot decode. Convert the video to MP4 (H.264), for example with: ffmpeg -i &quot;%1&quot; -c:v libx264 -crf 18 converted.mp4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="337"/>
        <source>&quot;%1&quot; gives its frame size as %2x%3 pixels, which is not a valid video size. The file is probably damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="344"/>
        <source>&quot;%1&quot; has frames of %2x%3 pixels; Ethoscribe reads videos of at most %4 pixels on each side. The file may be damaged, or needs to be scaled down first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="360"/>
        <source>Could not read the video settings of &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="368"/>
        <source>The decoder for the codec &quot;%2&quot; could not read &quot;%1&quot;: %3. The file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="608"/>
        <source>&quot;%1&quot; could not be read again from the start: it may have changed on disk. Open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ethoscribe::VideoWriter</name>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="218"/>
        <source>the extension &quot;%1&quot; is not a video container this program writes. Use .mp4, .mpg, .avi, .mkv, .mov or .wmv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="223"/>
        <source>the frame size %1x%2 is not possible (each side must be between 1 and 16384 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="229"/>
        <source>the frame rate %1/%2 is not possible; it must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="247"/>
        <source>this installation of FFmpeg has no video encoder named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="254"/>
        <source>the encoder &quot;%1&quot; cannot encode a %2x%3 picture (it needs an even width and height).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="265"/>
        <source>the container could not be set up (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="269"/>
        <source>the &quot;%1&quot; codec cannot be stored in a .%2 file. Choose another codec or file type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="279"/>
        <location filename="../core/video/VideoWriter.cpp" line="340"/>
        <location filename="../core/video/VideoWriter.cpp" line="381"/>
        <location filename="../core/video/VideoWriter.cpp" line="456"/>
        <source>out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="327"/>
        <source>the &quot;%1&quot; encoder refused these settings (%2x%3 at %4/%5 frames per second): %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="359"/>
        <source>the file could not be created (%1). Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="368"/>
        <source>the container header could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="391"/>
        <source>Could not write a frame: no video file is open (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="396"/>
        <source>frame %1 is %2x%3 pixels but the video is %4x%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="437"/>
        <source>the colour conversion could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="483"/>
        <source>the end of the file could not be written (%1). Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ethoscribe::VideoWriter::Private</name>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="128"/>
        <source>Could not write the video file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="158"/>
        <source>the encoder refused a frame (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="165"/>
        <source>encoding failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="172"/>
        <source>writing to the file failed (%1). Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="49"/>
        <source>Ethoscribe: per-frame behavior labels (ethograms) from home-cage mouse videos.</source>
        <translation>Ethoscribe: bildgenaue Verhaltenslabels (Ethogramme) aus Heimkäfig-Videos von Mäusen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>Show the version and library versions.</source>
        <translation>Version und Bibliotheksversionen anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>Open the demo project in &lt;folder&gt;; synthetic cage videos are generated there first if it has none.</source>
        <translation>Das Demoprojekt in &lt;Ordner&gt; öffnen; fehlen dort synthetische Käfigvideos, werden sie zuerst erzeugt.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="63"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>Save a picture of the window to &lt;file&gt; after &lt;ms&gt; and quit (for documentation and checks).</source>
        <translation>Nach &lt;ms&gt; ein Bild des Fensters in &lt;Datei&gt; speichern und beenden (für Dokumentation und Prüfungen).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="75"/>
        <source>Delay before the screenshot (default 4000).</source>
        <translation>Wartezeit vor dem Bildschirmfoto (Standard 4000).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="76"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="81"/>
        <source>A project (.ethoproj) or videos to open.</source>
        <translation>Ein Projekt (.ethoproj) oder Videos zum Öffnen.</translation>
    </message>
</context>
</TS>
