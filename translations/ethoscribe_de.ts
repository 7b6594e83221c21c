<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AcceptPredictionsCommand</name>
    <message>
        <location filename="../core/project/commands/AcceptPredictionsCommand.cpp" line="+18"/>
        <location line="+11"/>
        <source>Accept predictions</source>
        <translation>Vorhersagen übernehmen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The track to accept labels from is not a prediction track.</source>
        <translation>Die Spur, aus der Labels übernommen werden sollen, ist keine Vorhersage-Spur.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+19"/>
        <source>The predictions belong to another video.</source>
        <translation>Die Vorhersagen gehören zu einem anderen Video.</translation>
    </message>
</context>
<context>
    <name>AddBehaviorCommand</name>
    <message>
        <location filename="../core/project/commands/AddBehaviorCommand.cpp" line="+13"/>
        <source>Add behavior</source>
        <translation>Verhalten hinzufügen</translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <location filename="../app/cli/AnalyzeCommand.cpp" line="+79"/>
        <source>Predicts the behavior in every frame of videos with trained models (both networks and streams of the paper, or any of them) and writes for each video &lt;name&gt;_ethogram.csv (per frame) and &lt;name&gt;_bouts.csv into --out (a second video of the same name, from another folder: &lt;name&gt;_2_...). Without --project the predictions live in a temporary project; with it they are stored there, and a second run computes only what is missing. Progress as JSON lines (--human for readable lines). Ctrl+C stops after the current block. Exit code 0 when every video was analysed.</source>
        <translation>Sagt mit trainierten Modellen das Verhalten in jedem Frame von Videos vorher (beide Netze und Ströme aus der Publikation oder ein beliebiger Teil davon) und schreibt für jedes Video &lt;name&gt;_ethogram.csv (pro Frame) und &lt;name&gt;_bouts.csv nach --out (ein zweites Video gleichen Namens aus einem anderen Ordner: &lt;name&gt;_2_...). Ohne --project liegen die Vorhersagen in einem temporären Projekt; mit --project werden sie dort gespeichert, und ein zweiter Lauf berechnet nur, was noch fehlt. Fortschritt als JSON-Zeilen (--human für lesbare Zeilen). Strg+C hält nach dem aktuellen Block an. Exit-Code 0, wenn jedes Video analysiert wurde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Video files to analyse.</source>
        <translation>Zu analysierende Videodateien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A trained model file (from &apos;train&apos;, &apos;cv&apos; or &apos;model import&apos;); repeat for each network and stream, e.g. --model i3d_rgb.safetensors --model i3d_flow.safetensors.</source>
        <translation>Eine trainierte Modelldatei (aus &apos;train&apos;, &apos;cv&apos; oder &apos;model import&apos;); für jedes Netz und jeden Strom wiederholen, z. B. --model i3d_rgb.safetensors --model i3d_flow.safetensors.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for the CSV files (created if needed).</source>
        <translation>Ordner für die CSV-Dateien (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+85"/>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Weight of the RGB stream in the fusion, 0 to 1 (default 0.4, the paper&apos;s best); flow gets the rest.</source>
        <translation>Gewicht des RGB-Stroms in der Fusion, 0 bis 1 (Standard 0.4, der beste Wert der Publikation); der Fluss-Strom erhält den Rest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight of I3D against R(2+1)D, 0 to 1 (default 0.5).</source>
        <translation>Gewicht von I3D gegenüber R(2+1)D, 0 bis 1 (Standard 0.5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Width in frames of a majority filter over the fused labels (odd; default 1 = none).</source>
        <translation>Breite eines Mehrheitsfilters über die fusionierten Labels in Frames (ungerade; Standard 1 = keiner).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Bouts shorter than this many frames are merged into a neighbour (default 1 = none).</source>
        <translation>Episoden, die kürzer als diese Anzahl Frames sind, werden mit einer benachbarten Episode zusammengeführt (Standard 1 = keine).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window placement: stride (default: one 16-frame window every --stride frames, frames in between blended; --stride 1 is the paper&apos;s scheme and the slowest) or dense (one network pass per 72-frame segment, outputs every 8 frames: fastest, but further from the paper&apos;s results; see docs/BENCHMARKS.md).</source>
        <translation>Platzierung der Fenster: stride (Standard: ein 16-Frame-Fenster alle --stride Frames, die Frames dazwischen werden überblendet; --stride 1 ist das Verfahren der Publikation und am langsamsten) oder dense (ein Durchlauf des Netzes pro 72-Frame-Segment, Ausgaben alle 8 Frames: am schnellsten, aber weiter von den Ergebnissen der Publikation entfernt; siehe docs/BENCHMARKS.md).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stride|dense</source>
        <translation>stride|dense</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frames between windows in stride mode (default 4: measured 99.6% the same fused labels as 1, in a quarter of the network time).</source>
        <translation>Frames zwischen den Fenstern im Modus stride (Standard 4: gemessen zu 99,6 % dieselben fusionierten Labels wie mit 1, in einem Viertel der Rechenzeit des Netzes).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <location line="+17"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Arithmetic of the networks: float32 (default: as trained), float16 (16-bit copies, bfloat16 on processors with bfloat16 instructions such as AVX-512 BF16 or AMX, half precision on CUDA; full-size networks about 2 times faster on such a processor, about 1% of the labels differ from float32&apos;s; refused elsewhere) or int8 (8-bit copies calibrated on each video, the processor only: several times faster with full-size networks on CPUs with 8-bit dot products such as AVX-512 VNNI; about 2% of the labels differ; CUDA computes in float32 then). See docs/BENCHMARKS.md.</source>
        <translation>Arithmetik der Netze: float32 (Standard: wie trainiert), float16 (16-Bit-Kopien, bfloat16 auf Prozessoren mit bfloat16-Befehlen wie AVX-512 BF16 oder AMX, halbe Genauigkeit mit CUDA; Netze in voller Größe auf einem solchen Prozessor etwa doppelt so schnell, etwa 1 % der Labels weichen von float32 ab; anderswo abgelehnt) oder int8 (8-Bit-Kopien, für jedes Video kalibriert, nur auf dem Prozessor: mit Netzen in voller Größe auf CPUs mit 8-Bit-Skalarprodukten wie AVX-512 VNNI um ein Mehrfaches schneller; etwa 2 % der Labels weichen ab; CUDA rechnet dann in float32). Siehe docs/BENCHMARKS.md.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>float32|float16|int8</source>
        <translation>float32|float16|int8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store the predictions in this project (videos are added to it when missing).</source>
        <translation>Die Vorhersagen in diesem Projekt speichern (fehlende Videos werden ihm hinzugefügt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Optical flow for flow models when it is not cached yet: dis (default without a project: fast) or tvl1 (the paper&apos;s; slow). With --project its setting is used.</source>
        <translation>Optischer Fluss für Fluss-Modelle, wenn er noch nicht im Cache liegt: dis (Standard ohne Projekt: schnell) oder tvl1 (das Verfahren der Publikation; langsam). Mit --project wird dessen Einstellung verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dis|tvl1</source>
        <translation>dis|tvl1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read a video&apos;s optical flow from this project&apos;s cache when it holds all of it (same method); it is never written. With --slurm and --project, the tasks read the project&apos;s cache this way.</source>
        <translation>Den optischen Fluss eines Videos aus dem Cache dieses Projekts lesen, wenn er dort vollständig vorliegt (gleiche Methode); dorthin wird nie geschrieben. Mit --slurm und --project lesen die Tasks den Cache des Projekts auf diese Weise.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the fused probability of each behavior to the per-frame CSV.</source>
        <translation>Die fusionierte Wahrscheinlichkeit jedes Verhaltens zur CSV-Datei pro Frame hinzufügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU threads for the networks (default: all cores).</source>
        <translation>CPU-Threads für die Netze (Standard: alle Kerne).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto (default: CUDA when available), cpu, cuda or cuda:N.</source>
        <translation>auto (Standard: CUDA, wenn verfügbar), cpu, cuda oder cuda:N.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print progress as readable lines instead of JSON lines.</source>
        <translation>Fortschritt als lesbare Zeilen statt als JSON-Zeilen ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --slurm: the run folder, on storage the compute nodes share (new or empty).</source>
        <translation>Mit --slurm: der Lauf-Ordner auf einem Speicher, den die Rechenknoten gemeinsam nutzen (neu oder leer).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --slurm: videos analysed by each task of the job array (default 1).</source>
        <translation>Mit --slurm: Anzahl der Videos, die jeder Task des Job-Arrays analysiert (Standard 1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run on a SLURM cluster: write the run folder (--run, on storage the compute nodes share), submit one job array task per group of videos (--videos-per-task), print the job ids and return. Follow with &apos;runs status&apos;, gather with &apos;runs collect&apos;.</source>
        <translation>Auf einem SLURM-Cluster ausführen: den Lauf-Ordner schreiben (--run, auf einem Speicher, den die Rechenknoten gemeinsam nutzen), einen Job-Array-Task pro Gruppe von Videos einreichen (--videos-per-task), die Job-IDs ausgeben und zurückkehren. Verfolgen mit &apos;runs status&apos;, einsammeln mit &apos;runs collect&apos;.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--%1 only applies with --slurm.</source>
        <translation>--%1 gilt nur zusammen mit --slurm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give at least one --model.</source>
        <translation>Geben Sie mindestens ein --model an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the folder for the results with --out.</source>
        <translation>Geben Sie mit --out den Ordner für die Ergebnisse an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--rgb-weight must be a number from 0 to 1.</source>
        <translation>--rgb-weight muss eine Zahl von 0 bis 1 sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--model-mix must be a number from 0 to 1.</source>
        <translation>--model-mix muss eine Zahl von 0 bis 1 sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--smooth must be a whole number.</source>
        <translation>--smooth muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--min-bout must be a whole number.</source>
        <translation>--min-bout muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--mode must be dense or stride.</source>
        <translation>--mode muss dense oder stride sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--stride must be a whole number of at least 1.</source>
        <translation>--stride muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--precision must be float32, float16 or int8.</source>
        <translation>--precision muss float32, float16 oder int8 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--threads must be a whole number of at least 1.</source>
        <translation>--threads muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--flow-method must be dis or tvl1.</source>
        <translation>--flow-method muss dis oder tvl1 sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project %1 (given with --flow-cache-of) does not exist.</source>
        <translation>Das Projekt %1 (angegeben mit --flow-cache-of) existiert nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write into the folder %1: check that it exists or can be created and that you may write there.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: Prüfen Sie, ob er existiert oder angelegt werden kann und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Say where the cluster run goes with --run DIR.</source>
        <translation>Geben Sie mit --run DIR an, wohin der Cluster-Lauf geschrieben wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--videos-per-task must be a whole number of at least 1.</source>
        <translation>--videos-per-task muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+65"/>
        <source>The models predict the behavior &quot;%1&quot;, which the project %2 does not have. Add it to the project first, or use models trained on its behaviors.</source>
        <translation>Die Modelle sagen das Verhalten „%1“ vorher, das es im Projekt %2 nicht gibt. Fügen Sie es zuerst dem Projekt hinzu, oder verwenden Sie Modelle, die auf dessen Verhaltensweisen trainiert wurden.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The video %1 does not exist.</source>
        <translation>Das Video %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Stopped. The predictions computed so far are kept in the project; the same command resumes where it stopped.</source>
        <translation>Angehalten. Die bisher berechneten Vorhersagen bleiben im Projekt erhalten; derselbe Befehl setzt dort fort, wo er angehalten hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped. Nothing was written for the videos not finished (with --project, partial results are kept and a second run resumes).</source>
        <translation>Angehalten. Für die nicht fertiggestellten Videos wurde nichts geschrieben (mit --project bleiben Teilergebnisse erhalten, und ein zweiter Lauf setzt fort).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2 videos processed</source>
        <translation>%1 von %2 Videos bearbeitet</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1: %2, %3 of %4</source>
        <translation>%1: %2, %3 von %4</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1: the models&apos; class &quot;%2&quot; has no behavior of that name; its probabilities are in the column p_%2, after the behaviors&apos; columns.</source>
        <translation>%1: Zur Klasse „%2“ der Modelle gibt es kein Verhalten dieses Namens; ihre Wahrscheinlichkeiten stehen in der Spalte p_%2, nach den Spalten der Verhaltensweisen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: done (%2 frames; %3 model frames computed): %4</source>
        <translation>%1: fertig (%2 Frames; %3 Modell-Frames berechnet): %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: analysed in %2 s (optical flow %3 s, reading frames %4 s, networks %5 s): %6 frames/s</source>
        <translation>%1: analysiert in %2 s (optischer Fluss %3 s, Bilder lesen %4 s, Netze %5 s): %6 Bilder/s</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 videos could not be analysed (see above).</source>
        <translation>%1 von %2 Videos konnten nicht analysiert werden (siehe oben).</translation>
    </message>
</context>
<context>
    <name>AnnotatedVideoExport</name>
    <message>
        <location filename="../core/export/AnnotatedVideoExport.cpp" line="+72"/>
        <source>The frame range %1 to %2 holds no frame of %3 (it has %4 frames).</source>
        <translation>Der Frame-Bereich %1 bis %2 enthält keinen Frame von %3 (das Video hat %4 Frames).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is too small (%2 x %3 pixels) to be annotated.</source>
        <translation>%1 ist zu klein (%2 x %3 Pixel), um annotiert zu werden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+19"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>frame %1 could not be decoded</source>
        <translation>Frame %1 konnte nicht dekodiert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unlabeled</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+7"/>
        <source>Could not write %1 (is the disk full?): %2</source>
        <translation>%1 konnte nicht geschrieben werden (ist der Datenträger voll?): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write %1 (is the folder read-only?).</source>
        <translation>%1 konnte nicht geschrieben werden (ist der Ordner schreibgeschützt?).</translation>
    </message>
</context>
<context>
    <name>AssignBehaviorCommand</name>
    <message>
        <location filename="../core/project/commands/AssignBehaviorCommand.cpp" line="+19"/>
        <source>Label %1</source>
        <translation>Als %1 labeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlabeled</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no behavior number %1 in this project.</source>
        <translation>In diesem Projekt gibt es kein Verhalten mit der Nummer %1.</translation>
    </message>
</context>
<context>
    <name>BehaviorSet</name>
    <message>
        <location filename="../core/behaviors/BehaviorSet.cpp" line="+109"/>
        <source>A behavior needs a name.</source>
        <translation>Ein Verhalten braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The behavior name &quot;%1&quot; starts or ends with spaces; remove them.</source>
        <translation>Der Verhaltensname „%1“ beginnt oder endet mit Leerzeichen; entfernen Sie diese.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is already a behavior called &quot;%1&quot;. Choose another name.</source>
        <translation>Es gibt bereits ein Verhalten namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid keyboard shortcut.</source>
        <translation>Ungültiges Tastenkürzel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This key is already used by &quot;%1&quot;. Choose another key or none.</source>
        <translation>Diese Taste wird bereits von „%1“ verwendet. Wählen Sie eine andere Taste oder keine.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Invalid behavior id %1.</source>
        <translation>Ungültige Verhaltens-ID %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The behavior id %1 is already used.</source>
        <translation>Die Verhaltens-ID %1 wird bereits verwendet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+22"/>
        <source>There is no behavior with id %1.</source>
        <translation>Es gibt kein Verhalten mit der ID %1.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The behavior &quot;%1&quot; has an invalid or repeated id %2.</source>
        <translation>Das Verhalten „%1“ hat eine ungültige oder doppelte ID %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A behavior has no name.</source>
        <translation>Ein Verhalten hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The behavior name &quot;%1&quot; is used twice.</source>
        <translation>Der Verhaltensname „%1“ wird zweimal verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyboard shortcut of &quot;%1&quot; is invalid or used twice.</source>
        <translation>Das Tastenkürzel von „%1“ ist ungültig oder wird zweimal verwendet.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Behavior entry %1 is malformed (needs an id and a name).</source>
        <translation>Verhaltenseintrag %1 ist fehlerhaft (braucht eine ID und einen Namen).</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <location filename="../models/checkpoint/Checkpoint.cpp" line="+45"/>
        <source>the model is described as %1 but its network is %2</source>
        <translation>das Modell ist als %1 beschrieben, aber sein Netz ist %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the model lists %1 behaviors but its network has %2 outputs</source>
        <translation>das Modell nennt %1 Verhaltensweisen, aber sein Netz hat %2 Ausgaben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the model&apos;s stream is %1 but its network takes %2 input channels</source>
        <translation>der Strom des Modells ist %1, aber sein Netz nimmt %2 Eingangskanäle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the model&apos;s width (%1) differs from its network&apos;s (%2)</source>
        <translation>die Breite des Modells (%1) weicht von der seines Netzes (%2) ab</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the weights lack &apos;%1&apos;</source>
        <translation>in den Gewichten fehlt &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; has another shape than the network&apos;s</source>
        <translation>&apos;%1&apos; hat eine andere Form als im Netz</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the weights hold %1 tensors the network does not have</source>
        <translation>die Gewichte enthalten %1 Tensoren, die das Netz nicht hat</translation>
    </message>
</context>
<context>
    <name>CheckpointFile</name>
    <message>
        <location filename="../models/checkpoint/CheckpointFile.cpp" line="+72"/>
        <source>&apos;%1&apos; holds network weights but is not an Ethoscribe model (it has no model description). Import it first with &apos;ethoscribe-cli model import&apos; (or the weights import of the Models view), giving its architecture, stream and behaviors.</source>
        <translation>&apos;%1&apos; enthält Netzgewichte, ist aber kein Ethoscribe-Modell (es hat keine Modellbeschreibung). Importieren Sie es zuerst mit &apos;ethoscribe-cli model import&apos; (oder mit dem Gewichte-Import der Modellansicht) und geben Sie dabei Architektur, Strom und Verhaltensweisen an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The model file &apos;%1&apos; is damaged: its description cannot be read.</source>
        <translation>Die Modelldatei &apos;%1&apos; ist beschädigt: Ihre Beschreibung kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model file &apos;%1&apos; is damaged: it does not say which format it has.</source>
        <translation>Die Modelldatei &apos;%1&apos; ist beschädigt: Sie gibt nicht an, welches Format sie hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model file &apos;%1&apos; was saved by a newer version of Ethoscribe (%2, model format %3; this version reads formats up to %4). Update Ethoscribe to use this model.</source>
        <translation>Die Modelldatei &apos;%1&apos; wurde von einer neueren Version von Ethoscribe gespeichert (%2, Modellformat %3; diese Version liest Formate bis %4). Aktualisieren Sie Ethoscribe, um dieses Modell zu verwenden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>The model file &apos;%1&apos; is damaged: %2.</source>
        <translation>Die Modelldatei &apos;%1&apos; ist beschädigt: %2.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The model file &apos;%1&apos; is damaged: its network description is not valid.</source>
        <translation>Die Modelldatei &apos;%1&apos; ist beschädigt: Ihre Netzbeschreibung ist ungültig.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save the model to &apos;%1&apos;: %2.</source>
        <translation>Das Modell kann nicht unter &apos;%1&apos; gespeichert werden: %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+18"/>
        <source>&apos;%1&apos; is not an Ethoscribe model file (%2)</source>
        <translation>&apos;%1&apos; ist keine Ethoscribe-Modelldatei (%2)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The model file &apos;%1&apos; does not exist.</source>
        <translation>Die Modelldatei &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The model file &apos;%1&apos; is damaged: it holds no weights.</source>
        <translation>Die Modelldatei &apos;%1&apos; ist beschädigt: Sie enthält keine Gewichte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The model &apos;%1&apos; is an %2 network, but an %3 network is needed here. Choose a model of the right architecture.</source>
        <translation>Das Modell &apos;%1&apos; ist ein %2-Netz, hier wird aber ein %3-Netz benötigt. Wählen Sie ein Modell mit der passenden Architektur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model &apos;%1&apos; was trained on %2 input, but %3 input is needed here. Choose a model of the right stream.</source>
        <translation>Das Modell &apos;%1&apos; wurde mit %2-Eingaben trainiert, hier werden aber %3-Eingaben benötigt. Wählen Sie ein Modell mit dem passenden Strom.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model &apos;%1&apos; predicts the same behaviors as this project but in another order (%2 instead of %3).</source>
        <translation>Das Modell &apos;%1&apos; sagt dieselben Verhaltensweisen vorher wie dieses Projekt, aber in einer anderen Reihenfolge (%2 statt %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model &apos;%1&apos; predicts the behaviors %2, but this project uses %3. Train a model for this project&apos;s behaviors, or import this one with the project&apos;s behaviors to start from its weights.</source>
        <translation>Das Modell &apos;%1&apos; sagt die Verhaltensweisen %2 vorher, dieses Projekt verwendet aber %3. Trainieren Sie ein Modell für die Verhaltensweisen dieses Projekts, oder importieren Sie dieses Modell mit den Verhaltensweisen des Projekts, um von seinen Gewichten auszugehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model &apos;%1&apos; has width %2, but width %3 is needed here.</source>
        <translation>Das Modell &apos;%1&apos; hat die Breite %2, hier wird aber die Breite %3 benötigt.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../app/cli/AnalyzeCommand.cpp" line="+8"/>
        <source>Predict the behaviors of videos with trained models</source>
        <translation>Die Verhaltensweisen in Videos mit trainierten Modellen vorhersagen</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="+48"/>
        <source>Run &apos;ethoscribe-cli %1 --help&apos; for usage.</source>
        <translation>Rufen Sie &apos;ethoscribe-cli %1 --help&apos; auf, um die Verwendung zu sehen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>missing arguments.</source>
        <translation>fehlende Argumente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many arguments.</source>
        <translation>zu viele Argumente.</translation>
    </message>
    <message>
        <location filename="../app/cli/ClusterCommands.cpp" line="+656"/>
        <source>Run one task of a cluster run (started by the job arrays)</source>
        <translation>Einen Task eines Cluster-Laufs ausführen (von den Job-Arrays gestartet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show a cluster run&apos;s tasks: queued, running, done or failed</source>
        <translation>Die Tasks eines Cluster-Laufs anzeigen: in der Warteschlange, laufend, erledigt oder fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluate a finished cluster run and record it in the project</source>
        <translation>Einen abgeschlossenen Cluster-Lauf auswerten und im Projekt festhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submit the failed tasks of a cluster run again</source>
        <translation>Die fehlgeschlagenen Tasks eines Cluster-Laufs erneut einreichen</translation>
    </message>
    <message>
        <location filename="../app/cli/FlowCommand.cpp" line="+375"/>
        <source>Compute and cache the optical flow of a project&apos;s videos, or preview one frame</source>
        <translation>Den optischen Fluss der Videos eines Projekts berechnen und im Cache ablegen oder einen Frame als Vorschau anzeigen</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelFetchCommand.cpp" line="+392"/>
        <source>Download published pretrained weights by name (--list), verify and import them</source>
        <translation>Veröffentlichte vortrainierte Gewichte nach Namen herunterladen (--list), prüfen und importieren</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelImportCommand.cpp" line="+184"/>
        <source>Convert published weights (.pt/.pth/.safetensors) into an Ethoscribe model</source>
        <translation>Veröffentlichte Gewichte (.pt/.pth/.safetensors) in ein Ethoscribe-Modell umwandeln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start an I3D model from 2D Inception-v1 ImageNet weights</source>
        <translation>Ein I3D-Modell aus 2D-Inception-v1-Gewichten (ImageNet) erzeugen</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelSummaryCommand.cpp" line="+160"/>
        <source>List a network&apos;s layers, output shapes and parameter count</source>
        <translation>Die Schichten, Ausgabeformen und Parameterzahl eines Netzes auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/ProjectCommands.cpp" line="+1086"/>
        <source>How well two tracks agree: accuracy, Cohen&apos;s kappa, per-behavior F1, confusion</source>
        <translation>Wie gut zwei Spuren übereinstimmen: Genauigkeit, Cohens Kappa, F1 pro Verhalten, Konfusion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write a video with each frame&apos;s behavior and an ethogram strip drawn on it</source>
        <translation>Ein Video schreiben, in das das Verhalten jedes Frames und ein Ethogramm-Streifen eingezeichnet sind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a project file</source>
        <translation>Eine Projektdatei anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add videos to a project</source>
        <translation>Videos zu einem Projekt hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a label file (CSV, BORIS, DeepEthogram)</source>
        <translation>Eine Label-Datei importieren (CSV, BORIS, DeepEthogram)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export labels as per-frame and bout CSV files</source>
        <translation>Labels als CSV-Dateien pro Frame und pro Episode exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a project of a folder of behavior clips</source>
        <translation>Aus einem Ordner mit Verhaltensclips ein Projekt erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find moved or renamed videos by their content</source>
        <translation>Verschobene oder umbenannte Videos anhand ihres Inhalts finden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time budgets and bout statistics</source>
        <translation>Zeitbudgets und Episoden-Statistiken</translation>
    </message>
    <message>
        <location filename="../app/cli/RunsEvaluateCommand.cpp" line="+147"/>
        <source>Evaluate a cross-validation run: accuracy, fusion sweep, confusion matrices, plots</source>
        <translation>Einen Kreuzvalidierungslauf auswerten: Genauigkeit, Fusions-Sweep, Konfusionsmatrizen, Diagramme</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="+188"/>
        <source>Write synthetic home-cage mouse videos with per-frame labels</source>
        <translation>Synthetische Home-Cage-Videos von Mäusen mit Labels pro Frame schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainingCommands.cpp" line="+635"/>
        <source>Train one network on one stream of a project&apos;s labels</source>
        <translation>Ein Netz auf einem Strom der Labels eines Projekts trainieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave-one-recording-out cross-validation with the paper&apos;s evaluation</source>
        <translation>Leave-one-recording-out-Kreuzvalidierung mit der Auswertung aus der Publikation</translation>
    </message>
    <message>
        <location filename="../app/cli/VideoCommands.cpp" line="+113"/>
        <source>Show a video&apos;s properties (exact frame count, frame rate, ...)</source>
        <translation>Die Eigenschaften eines Videos anzeigen (exakte Frame-Anzahl, Framerate, ...)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save one exact frame of a video as an image</source>
        <translation>Einen exakten Frame eines Videos als Bild speichern</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="+37"/>
        <source>Usage: ethoscribe-cli &lt;command&gt; [options]</source>
        <translation>Aufruf: ethoscribe-cli &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethoscribe without a window: synthetic videos, video inspection, projects, labels
and models, for scripts and cluster jobs.</source>
        <translation>Ethoscribe ohne Fenster: synthetische Videos, Videoprüfung, Projekte, Labels
und Modelle, für Skripte und Cluster-Jobs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>General options:</source>
        <translation>Allgemeine Optionen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help; &apos;ethoscribe-cli &lt;command&gt; --help&apos; for a command.</source>
        <translation>Diese Hilfe anzeigen; &apos;ethoscribe-cli &lt;Befehl&gt; --help&apos; für die Hilfe zu einem Befehl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version of Ethoscribe and of its libraries.</source>
        <translation>Die Version von Ethoscribe und seinen Bibliotheken anzeigen.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&apos;%1&apos; needs a sub-command: %2</source>
        <translation>&apos;%1&apos; braucht einen Unterbefehl: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a command. Run &apos;ethoscribe-cli --help&apos; to see the commands.</source>
        <translation>&apos;%1&apos; ist kein Befehl. Rufen Sie &apos;ethoscribe-cli --help&apos; auf, um die Befehle zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+66"/>
        <source>The part of ethoscribe-cli that runs networks, %1, could not be started (%2). Reinstall Ethoscribe.</source>
        <translation>Der Teil von ethoscribe-cli, der Netzwerke ausführt, %1, konnte nicht gestartet werden (%2). Installieren Sie Ethoscribe neu.</translation>
    </message>
</context>
<context>
    <name>ClipDatasetImporter</name>
    <message>
        <location filename="../core/project/ClipDatasetImporter.cpp" line="+49"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: the name is not &lt;recording&gt;_&lt;behavior&gt;_&lt;number&gt;</source>
        <translation>%1: Der Name hat nicht die Form &lt;Aufnahme&gt;_&lt;Verhalten&gt;_&lt;Nummer&gt;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: already in the project</source>
        <translation>%1: bereits im Projekt</translation>
    </message>
</context>
<context>
    <name>ClusterCommands</name>
    <message>
        <location filename="../app/cli/ClusterCommands.cpp" line="-596"/>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 running</source>
        <translation>%1 laufend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 queued</source>
        <translation>%1 in der Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 not submitted</source>
        <translation>%1 nicht eingereicht</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not copy %1 into the run folder (is the disk full?).</source>
        <translation>%1 konnte nicht in den Lauf-Ordner kopiert werden (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The run has no video %1.</source>
        <translation>Der Lauf hat kein Video %1.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Runs one task of a cluster run (what each element of its job arrays runs; you do not need to call it yourself).</source>
        <translation>Führt einen Task eines Cluster-Laufs aus (das, was jedes Element seiner Job-Arrays ausführt; Sie müssen diesen Befehl nicht selbst aufrufen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+115"/>
        <location line="+193"/>
        <location line="+89"/>
        <source>The run folder.</source>
        <translation>Der Lauf-Ordner.</translation>
    </message>
    <message>
        <location line="-397"/>
        <location line="+115"/>
        <location line="+193"/>
        <location line="+89"/>
        <source>RUN_DIR</source>
        <translation>RUN_DIR</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>flow or train.</source>
        <translation>flow oder train.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The task&apos;s array index.</source>
        <translation>Der Array-Index des Tasks.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The run has no %1 task %2.</source>
        <translation>Der Lauf hat keinen %1-Task %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2) on %3, job %4</source>
        <translation>%1 (%2) auf %3, Job %4</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the analysis failed (exit code %1): see the log&apos;s last lines</source>
        <translation>die Analyse ist fehlgeschlagen (Exit-Code %1): siehe die letzten Zeilen des Logs</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stopped by a signal (from the scheduler or scancel) after saving a checkpoint; resubmitted, it continues from there</source>
        <translation>durch ein Signal angehalten (vom Scheduler oder von scancel), nachdem ein Checkpoint gespeichert wurde; erneut eingereicht, setzt er dort fort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it failed (exit code %1); see its log</source>
        <translation>er ist fehlgeschlagen (Exit-Code %1); siehe sein Log</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shows how far a cluster run is: each task queued, running (with its progress), done, or failed with the reason and the last lines of its log. Asks the scheduler (squeue, sacct, scontrol) and reads the run folder; changes nothing.</source>
        <translation>Zeigt, wie weit ein Cluster-Lauf ist: jeder Task in der Warteschlange, laufend (mit seinem Fortschritt), erledigt oder fehlgeschlagen mit dem Grund und den letzten Zeilen seines Logs. Fragt den Scheduler ab (squeue, sacct, scontrol) und liest den Lauf-Ordner; ändert nichts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the status as JSON.</source>
        <translation>Den Status als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: jobs %2; %3 tasks: %4.</source>
        <translation>%1: Jobs %2; %3 Tasks: %4.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All tasks are done: collect the run with &apos;ethoscribe-cli runs collect %1&apos;.</source>
        <translation>Alle Tasks sind erledigt: Sammeln Sie den Lauf mit &apos;ethoscribe-cli runs collect %1&apos; ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resubmit the failed tasks with &apos;ethoscribe-cli runs resubmit %1 --failed&apos; (add --time or --mem when the scheduler stopped them).</source>
        <translation>Reichen Sie die fehlgeschlagenen Tasks mit &apos;ethoscribe-cli runs resubmit %1 --failed&apos; erneut ein (fügen Sie --time oder --mem hinzu, wenn der Scheduler sie angehalten hat).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The project %1 is open in another program (%2), so the predictions cannot be added now. Close it and collect again; nothing was changed.</source>
        <translation>Das Projekt %1 ist in einem anderen Programm geöffnet (%2), daher können die Vorhersagen jetzt nicht hinzugefügt werden. Schließen Sie es und sammeln Sie erneut ein; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not write %1 (is the disk full or the folder read-only?).</source>
        <translation>%1 konnte nicht geschrieben werden (ist der Datenträger voll oder der Ordner schreibgeschützt?).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project of task %1 cannot be read (%2); resubmit it.</source>
        <translation>Das Projekt von Task %1 kann nicht gelesen werden (%2); reichen Sie den Task erneut ein.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The predictions of task %1 cannot be read (%2); resubmit it.</source>
        <translation>Die Vorhersagen von Task %1 können nicht gelesen werden (%2); reichen Sie den Task erneut ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Collected %1 CSV files into %2.</source>
        <translation>%1 CSV-Dateien in %2 zusammengetragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added %1 prediction tracks to %2 (%3 were there already).</source>
        <translation>%1 Vorhersage-Spuren zu %2 hinzugefügt (%3 waren bereits vorhanden).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Gathers a finished cluster run: evaluates it as a local &apos;cv&apos; would (the same files and plots in the run folder) and records it in the project. Refuses, changing nothing, while a task is not done.</source>
        <translation>Sammelt einen abgeschlossenen Cluster-Lauf ein: Wertet ihn so aus, wie es ein lokales &apos;cv&apos; tun würde (dieselben Dateien und Diagramme im Lauf-Ordner), und hält ihn im Projekt fest. Verweigert dies, ohne etwas zu ändern, solange ein Task nicht erledigt ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project to record the run in (default: the one it was submitted from).</source>
        <translation>Das Projekt, in dem der Lauf festgehalten wird (Standard: das, aus dem er eingereicht wurde).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not record the run in the project.</source>
        <translation>Den Lauf nicht im Projekt festhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print readable lines instead of JSON lines.</source>
        <translation>Lesbare Zeilen statt JSON-Zeilen ausgeben.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The run is not finished (%1), so it was not collected and nothing was changed. Collect it when &apos;ethoscribe-cli runs status&apos; says every task is done.</source>
        <translation>Der Lauf ist nicht abgeschlossen (%1), daher wurde er nicht eingesammelt und nichts geändert. Sammeln Sie ihn ein, wenn &apos;ethoscribe-cli runs status&apos; meldet, dass jeder Task erledigt ist.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder of task %1 (%2) has no results (%3 is missing); resubmit it with &apos;ethoscribe-cli runs resubmit&apos;.</source>
        <translation>Der Ordner von Task %1 (%2) enthält keine Ergebnisse (%3 fehlt); reichen Sie den Task mit &apos;ethoscribe-cli runs resubmit&apos; erneut ein.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Submits the failed tasks of a cluster run again (a training task continues from its last checkpoint). Scheduler options given here replace the run&apos;s for these and later submissions, e.g. --time when tasks hit their time limit.</source>
        <translation>Reicht die fehlgeschlagenen Tasks eines Cluster-Laufs erneut ein (ein Trainings-Task setzt ab seinem letzten Checkpoint fort). Hier angegebene Scheduler-Optionen ersetzen die des Laufs für diese und spätere Einreichungen, z. B. --time, wenn Tasks ihr Zeitlimit erreicht haben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resubmit every failed task.</source>
        <translation>Jeden fehlgeschlagenen Task erneut einreichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say which tasks to resubmit: --failed.</source>
        <translation>Geben Sie an, welche Tasks erneut eingereicht werden sollen: --failed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was resubmitted: without the scheduler it is not known which tasks failed.</source>
        <translation>Es wurde nichts erneut eingereicht: Ohne den Scheduler ist nicht bekannt, welche Tasks fehlgeschlagen sind.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No task has failed; nothing was resubmitted.</source>
        <translation>Kein Task ist fehlgeschlagen; es wurde nichts erneut eingereicht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resubmitted failed tasks: %1, as job %2. Follow them with &apos;ethoscribe-cli runs status %3&apos;.</source>
        <translation>Fehlgeschlagene Tasks erneut eingereicht: %1, als Job %2. Verfolgen Sie sie mit &apos;ethoscribe-cli runs status %3&apos;.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Run on a SLURM cluster: write the run folder (on storage the compute nodes share), submit one job array task per fold, network and stream (after one per video for optical flow), print the job ids and return. Follow with &apos;runs status&apos;, gather with &apos;runs collect&apos;.</source>
        <translation>Auf einem SLURM-Cluster ausführen: den Lauf-Ordner schreiben (auf einem Speicher, den die Rechenknoten gemeinsam nutzen), einen Job-Array-Task pro Fold, Netz und Strom einreichen (nach einem pro Video für den optischen Fluss), die Job-IDs ausgeben und zurückkehren. Verfolgen mit &apos;runs status&apos;, einsammeln mit &apos;runs collect&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SLURM partition (default: the cluster&apos;s default).</source>
        <translation>SLURM-Partition (Standard: die Standardpartition des Clusters).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic resources per task, e.g. gpu:1.</source>
        <translation>Generische Ressourcen pro Task, z. B. gpu:1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spec</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit per task, HH:MM:SS (default: the partition&apos;s).</source>
        <translation>Zeitlimit pro Task, HH:MM:SS (Standard: das der Partition).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU cores per task (default 1); the networks use them all.</source>
        <translation>CPU-Kerne pro Task (Standard 1); die Netze nutzen alle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory per task, e.g. 8G (default: the cluster&apos;s).</source>
        <translation>Arbeitsspeicher pro Task, z. B. 8G (Standard: der des Clusters).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--cpus must be a whole number of at least 1.</source>
        <translation>--cpus muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sbatch was not found, so nothing can go to a cluster: run this on the cluster&apos;s login node (or load its SLURM module first, e.g. &apos;module load slurm&apos;), or leave out --slurm to run here. Nothing was written.</source>
        <translation>sbatch wurde nicht gefunden, daher kann nichts an einen Cluster gehen: Führen Sie dies auf dem Login-Knoten des Clusters aus (oder laden Sie zuerst dessen SLURM-Modul, z. B. &apos;module load slurm&apos;), oder lassen Sie --slurm weg, um hier auszuführen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder %1 is not empty. Choose a new folder for the run (on storage the compute nodes share).</source>
        <translation>Der Ordner %1 ist nicht leer. Wählen Sie einen neuen Ordner für den Lauf (auf einem Speicher, den die Rechenknoten gemeinsam nutzen).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No video of the project has labels. Label some frames (or import labels) before training.</source>
        <translation>Kein Video des Projekts hat Labels. Labeln Sie vor dem Training einige Frames (oder importieren Sie Labels).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no fold %1: the run has folds 0 to %2.</source>
        <translation>Es gibt keinen Fold %1: Der Lauf hat die Folds 0 bis %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The video %1 is missing (it was expected at %2). Put it back, or find moved videos with &apos;ethoscribe-cli project relocate&apos;.</source>
        <translation>Das Video %1 fehlt (es wurde unter %2 erwartet). Legen Sie es zurück, oder finden Sie verschobene Videos mit &apos;ethoscribe-cli project relocate&apos;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+84"/>
        <source>Could not create the run folder %1.</source>
        <translation>Der Lauf-Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+73"/>
        <source>Nothing was submitted.</source>
        <translation>Es wurde nichts eingereicht.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The part already submitted was cancelled.</source>
        <translation>Der bereits eingereichte Teil wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Submitted job %1: optical flow of videos: %2.</source>
        <translation>Job %1 eingereicht: optischer Fluss der Videos: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted job %1: training tasks (one per fold, network and stream): %2.</source>
        <translation>Job %1 eingereicht: Trainings-Tasks (einer pro Fold, Netz und Strom): %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They start when the optical flow is done.</source>
        <translation>Sie starten, wenn der optische Fluss fertig ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the run with &apos;ethoscribe-cli runs status %1&apos;; when every task is done, gather it with &apos;ethoscribe-cli runs collect %1&apos;.</source>
        <translation>Verfolgen Sie den Lauf mit &apos;ethoscribe-cli runs status %1&apos;; wenn jeder Task erledigt ist, sammeln Sie ihn mit &apos;ethoscribe-cli runs collect %1&apos; ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note: the run folder is under /tmp, which compute nodes usually do not share; &apos;runs status&apos; will say so if the tasks cannot reach it.</source>
        <translation>Hinweis: Der Lauf-Ordner liegt unter /tmp, das Rechenknoten normalerweise nicht gemeinsam nutzen; &apos;runs status&apos; meldet es, wenn die Tasks ihn nicht erreichen können.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Submitted job %1: analysis tasks (videos per task: %2): %3.</source>
        <translation>Job %1 eingereicht: Analyse-Tasks (Videos pro Task: %2): %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow it with &apos;ethoscribe-cli runs status %1&apos;; when every task is done, &apos;ethoscribe-cli runs collect %1&apos; puts the CSV files into %2%3.</source>
        <translation>Verfolgen Sie ihn mit &apos;ethoscribe-cli runs status %1&apos;; wenn jeder Task erledigt ist, legt &apos;ethoscribe-cli runs collect %1&apos; die CSV-Dateien in %2%3 ab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> and the predictions into %1</source>
        <translation> und die Vorhersagen in %1</translation>
    </message>
</context>
<context>
    <name>ClusterRun</name>
    <message>
        <location filename="../core/cluster/ClusterRun.cpp" line="+70"/>
        <source>%1: %2, %3 of %4</source>
        <translation>%1: %2, %3 von %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2: frame %3 of %4</source>
        <translation>%1 %2: Frame %3 von %4</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>--time must look like HH:MM:SS (or D-HH:MM:SS), e.g. 04:00:00.</source>
        <translation>--time muss die Form HH:MM:SS (oder D-HH:MM:SS) haben, z. B. 04:00:00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--mem must be an amount such as 8G or 16000M.</source>
        <translation>--mem muss eine Menge wie 8G oder 16000M sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cpus must be a whole number of at least 1.</source>
        <translation>--cpus muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--partition must be a partition name as &apos;sinfo&apos; prints it.</source>
        <translation>--partition muss ein Partitionsname sein, wie &apos;sinfo&apos; ihn ausgibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--gres must look like gpu:1.</source>
        <translation>--gres muss die Form gpu:1 haben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optical flow of %1</source>
        <translation>optischer Fluss von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fold %1, %2 %3</source>
        <translation>Fold %1, %2 %3</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 is not a cluster run (it has no %2).</source>
        <translation>%1 ist kein Cluster-Lauf (es fehlt %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run folder %1 does not exist.</source>
        <translation>Der Lauf-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is damaged (%2); the run cannot be followed or collected.</source>
        <translation>%1 ist beschädigt (%2); der Lauf kann nicht verfolgt oder eingesammelt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a cluster run</source>
        <translation>kein Cluster-Lauf</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is damaged (a task of unknown kind); the run cannot be followed or collected.</source>
        <translation>%1 ist beschädigt (ein Task unbekannter Art); der Lauf kann nicht verfolgt oder eingesammelt werden.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>not submitted</source>
        <translation>nicht eingereicht</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown: the scheduler could not be asked; the task&apos;s own record says it was running</source>
        <translation>unbekannt: Der Scheduler konnte nicht abgefragt werden; laut eigenem Eintrag des Tasks lief er</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no task could write into the run folder %1: it is probably not on storage the compute nodes share. Put the run on shared storage (your home or a project file system, not /tmp) and submit it again.</source>
        <translation>kein Task konnte in den Lauf-Ordner %1 schreiben: Er liegt wahrscheinlich nicht auf einem Speicher, den die Rechenknoten gemeinsam nutzen. Legen Sie den Lauf auf gemeinsam genutzten Speicher (Ihr Home-Verzeichnis oder ein Projekt-Dateisystem, nicht /tmp) und reichen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it left no record in its folder (it never started, or was killed at once)</source>
        <translation>er hat keinen Eintrag in seinem Ordner hinterlassen (er ist nie gestartet oder wurde sofort beendet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it stopped without finishing (killed?)</source>
        <translation>er endete, ohne fertig zu werden (abgebrochen?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scheduler no longer knows it</source>
        <translation>der Scheduler kennt ihn nicht mehr</translation>
    </message>
</context>
<context>
    <name>ContentHash</name>
    <message>
        <location filename="../core/project/ContentHash.cpp" line="+38"/>
        <source>Could not read the video %1: %2</source>
        <translation>Das Video %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read the video %1 to the end: %2</source>
        <translation>Das Video %1 konnte nicht bis zum Ende gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CrossValidationRun</name>
    <message>
        <location filename="../models/training/CrossValidationRun.cpp" line="+75"/>
        <source>Could not write %1 (is the disk full or the folder read-only?): %2</source>
        <translation>%1 konnte nicht geschrieben werden (ist der Datenträger voll oder der Ordner schreibgeschützt?): %2</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>The folder %1 is not empty. Choose a new folder for the run, or add --resume to continue the run in it.</source>
        <translation>Der Ordner %1 ist nicht leer. Wählen Sie einen neuen Ordner für den Lauf, oder fügen Sie --resume hinzu, um den Lauf darin fortzusetzen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds no run to resume (no %2).</source>
        <translation>%1 enthält keinen Lauf zum Fortsetzen (kein %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The run in %1 was started with other settings; resume it with the same settings, or start a new run in another folder.</source>
        <translation>Der Lauf in %1 wurde mit anderen Einstellungen gestartet; setzen Sie ihn mit denselben Einstellungen fort, oder starten Sie einen neuen Lauf in einem anderen Ordner.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No video of the project has labels. Label some frames (or import labels) before training.</source>
        <translation>Kein Video des Projekts hat Labels. Labeln Sie vor dem Training einige Frames (oder importieren Sie Labels).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The labels of the project changed since the run in %1 started, so it cannot be resumed. Start a new run in another folder.</source>
        <translation>Die Labels des Projekts haben sich geändert, seit der Lauf in %1 gestartet wurde, daher kann er nicht fortgesetzt werden. Starten Sie einen neuen Lauf in einem anderen Ordner.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No labeled video belongs to the recording %1 to hold out.</source>
        <translation>Zur Aufnahme %1, die ausgelassen werden soll, gehört kein gelabeltes Video.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no fold %1: the run has folds 0 to %2.</source>
        <translation>Es gibt keinen Fold %1: Der Lauf hat die Folds 0 bis %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The video %1 is missing (it was expected at %2). Put it back, or find moved videos with &apos;ethoscribe-cli project relocate&apos;.</source>
        <translation>Das Video %1 fehlt (es wurde unter %2 erwartet). Legen Sie es zurück, oder finden Sie verschobene Videos mit &apos;ethoscribe-cli project relocate&apos;.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--init names %1, which this run does not train (it trains %2). Give the starting weights as MODEL/STREAM=FILE for one of those.</source>
        <translation>--init nennt %1, das dieser Lauf nicht trainiert (er trainiert %2). Geben Sie die Startgewichte als MODELL/STROM=DATEI für eines davon an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The starting weights %1 are for %2 with %3 input channels (%4); %5 needs %6 with %7 input channels. Give weights of that network and stream.</source>
        <translation>Die Startgewichte %1 gehören zu %2 mit %3 Eingangskanälen (%4); %5 braucht %6 mit %7 Eingangskanälen. Geben Sie Gewichte dieses Netzes und Stroms an.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Could not create the run folder %1.</source>
        <translation>Der Lauf-Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The frames of the videos need %1, of which %2 do not fit in the memory set aside for them and go into files in the run folder, but only %3 is free there. Free some space, choose a run folder on a larger disk, or train fewer or shorter videos (or the small size).</source>
        <translation>Die Bilder der Videos brauchen %1, davon passen %2 nicht in den für sie vorgesehenen Speicher und kommen in Dateien im Ordner des Laufs, dort sind aber nur %3 frei. Geben Sie Platz frei, wählen Sie einen Ordner auf einem größeren Datenträger, oder trainieren Sie mit weniger oder kürzeren Videos (oder der kleinen Größe).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The frames of the videos do not all fit in the memory set aside for them (%1): the others are kept in files in the run folder and read from there as needed (the files go when the run ends). On a slow disk this makes training slower.</source>
        <translation>Die Bilder der Videos passen nicht alle in den für sie vorgesehenen Speicher (%1): Die übrigen werden in Dateien im Ordner des Laufs gehalten und bei Bedarf von dort gelesen (die Dateien verschwinden, wenn der Lauf endet). Auf einer langsamen Festplatte wird das Training dadurch langsamer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The optical flow of %1 is being computed by %2; this run continues when it is done.</source>
        <translation>Der optische Fluss von %1 wird gerade von %2 berechnet; dieser Lauf geht weiter, sobald er fertig ist.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>No recording has an example of %1: the models trained on all recordings cannot learn these behaviors.</source>
        <translation>Keine Aufnahme enthält ein Beispiel für %1: Die auf allen Aufnahmen trainierten Modelle können diese Verhaltensweisen nicht lernen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without %1 no training example is left of %2: the models of this fold cannot learn these behaviors, and the frames of %1 that show them will be misclassified.</source>
        <translation>Ohne %1 bleibt kein Trainingsbeispiel für %2: Die Modelle dieses Folds können diese Verhaltensweisen nicht lernen, und die Frames von %1, die sie zeigen, werden falsch klassifiziert.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The cluster run has no finished %1 %2 model for fold %3 (or not all its held-out predictions): its task did not finish. See &apos;ethoscribe-cli runs status&apos;, and &apos;runs resubmit --failed&apos;.</source>
        <translation>Der Cluster-Lauf hat kein fertiges %1-%2-Modell für Fold %3 (oder nicht alle seine Vorhersagen für die ausgelassenen Aufnahmen): Sein Task wurde nicht abgeschlossen. Siehe &apos;ethoscribe-cli runs status&apos; und &apos;runs resubmit --failed&apos;.</translation>
    </message>
    <message>
        <location line="+175"/>
        <location line="+112"/>
        <location line="+8"/>
        <source>The run was cancelled; resume it with --resume.</source>
        <translation>Der Lauf wurde abgebrochen; setzen Sie ihn mit --resume fort.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not write %1 (is the disk full?): %2</source>
        <translation>%1 konnte nicht geschrieben werden (ist der Datenträger voll?): %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The network failed: %1</source>
        <translation>Das Netz ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/io/CsvReader.cpp" line="+91"/>
        <source>the file is not valid UTF-16 text</source>
        <translation>die Datei ist kein gültiger UTF-16-Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file contains binary data</source>
        <translation>die Datei enthält Binärdaten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file looks like UTF-16 text without a byte-order mark; save it as UTF-8 (&quot;CSV UTF-8&quot; in spreadsheet programs) and try again</source>
        <translation>die Datei sieht aus wie UTF-16-Text ohne Byte-Order-Mark; speichern Sie sie als UTF-8 („CSV UTF-8“ in Tabellenkalkulationen) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file contains binary data (a NUL byte); it is not a CSV text file</source>
        <translation>die Datei enthält Binärdaten (ein NUL-Byte); sie ist keine CSV-Textdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid UTF-8 text (byte 0x%1 at offset %2); save the file as UTF-8 and try again</source>
        <translation>ungültiger UTF-8-Text (Byte 0x%1 an Position %2); speichern Sie die Datei als UTF-8 und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>a quoted field is never closed (missing &apos;&quot;&apos;)</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen (fehlendes &apos;&quot;&apos;)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unexpected text after a closing quote</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a quote character inside an unquoted field</source>
        <translation>ein Anführungszeichen innerhalb eines Felds ohne Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>CvEvaluation</name>
    <message>
        <location filename="../core/eval/CvEvaluation.cpp" line="+65"/>
        <source>The run has no behavior classes to evaluate.</source>
        <translation>Der Lauf hat keine Verhaltensklassen zum Auswerten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The behavior classes cannot be evaluated: %1</source>
        <translation>Die Verhaltensklassen können nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run has no held-out recordings to evaluate.</source>
        <translation>Der Lauf hat keine ausgelassenen Aufnahmen zum Auswerten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A held-out recording has no name.</source>
        <translation>Eine ausgelassene Aufnahme hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recording &quot;%1&quot; appears twice in the run.</source>
        <translation>Die Aufnahme „%1“ kommt im Lauf zweimal vor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recording &quot;%1&quot; has the invalid fold %2.</source>
        <translation>Die Aufnahme „%1“ hat den ungültigen Fold %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Frame %1 of &quot;%2&quot; has the class index %3, but there are only %4 classes.</source>
        <translation>Frame %1 von „%2“ hat den Klassenindex %3, es gibt aber nur %4 Klassen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The recording &quot;%1&quot; has probabilities of an unknown stream &quot;%2&quot; (known: %3).</source>
        <translation>Die Aufnahme „%1“ hat Wahrscheinlichkeiten eines unbekannten Stroms „%2“ (bekannt: %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 probabilities of &quot;%2&quot; have %3 values; %4 frames x %5 classes need %6.</source>
        <translation>Die %1-Wahrscheinlichkeiten von „%2“ haben %3 Werte; %4 Frames x %5 Klassen erfordern %6.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The %1 stream was left out: only %2 of the %3 recordings have it.</source>
        <translation>Der %1-Strom wurde ausgelassen: Nur %2 der %3 Aufnahmen haben ihn.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No recording has predicted probabilities.</source>
        <translation>Keine Aufnahme hat vorhergesagte Wahrscheinlichkeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stream has predictions for every recording.</source>
        <translation>Kein Strom hat Vorhersagen für jede Aufnahme.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>There is nothing to report: the evaluation is empty.</source>
        <translation>Es gibt nichts zu berichten: Die Auswertung ist leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
</context>
<context>
    <name>CvPlots</name>
    <message>
        <location filename="../ui/plots/CvPlots.cpp" line="+76"/>
        <source>RGB weight (optical-flow weight = 1 - RGB weight)</source>
        <translation>RGB-Gewicht (Gewicht des optischen Flusses = 1 - RGB-Gewicht)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>RGB stream alone</source>
        <translation>RGB-Strom allein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optical-flow stream alone</source>
        <translation>Fluss-Strom allein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RGB weight %1, flow weight %2</source>
        <translation>RGB-Gewicht %1, Fluss-Gewicht %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (best)</source>
        <translation> (am besten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2: accuracy %3%</source>
        <translation>%1, %2: Genauigkeit %3 %</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Accuracy of the behavior (% of its frames recognised)</source>
        <translation>Genauigkeit des Verhaltens (% seiner Frames erkannt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: accuracy of each behavior by fusion ratio</source>
        <translation>%1: Genauigkeit jedes Verhaltens nach Fusionsverhältnis</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Predicted behavior</source>
        <translation>Vorhergesagtes Verhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True behavior</source>
        <translation>Tatsächliches Verhalten</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Fraction of the true behavior&apos;s frames</source>
        <translation>Anteil der Frames des tatsächlichen Verhaltens</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Accuracy (% of labeled frames)</source>
        <translation>Genauigkeit (% der gelabelten Frames)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy by two-stream fusion ratio</source>
        <translation>Genauigkeit nach Fusionsverhältnis der beiden Ströme</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>fold %1</source>
        <translation>Fold %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 stream: training loss</source>
        <translation>%1, %2-Strom: Trainingsverlust</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optical-flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not create the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <location filename="../core/demo/DemoProject.cpp" line="+91"/>
        <source>%1 names behaviors the project does not know: %2</source>
        <translation>%1 enthält Verhaltensnamen, die das Projekt nicht kennt: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The demo models are not installed, so the demo shows labels without predictions.</source>
        <translation>Die Demo-Modelle sind nicht installiert, daher zeigt die Demo Labels ohne Vorhersagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot copy the demo model %1 to %2.</source>
        <translation>Das Demo-Modell %1 kann nicht nach %2 kopiert werden.</translation>
    </message>
</context>
<context>
    <name>EraseRangeCommand</name>
    <message>
        <location filename="../core/project/commands/EraseRangeCommand.cpp" line="+12"/>
        <source>Erase labels</source>
        <translation>Labels löschen</translation>
    </message>
</context>
<context>
    <name>FeatureCache</name>
    <message>
        <location filename="../models/training/FeatureCache.cpp" line="+40"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The feature cache %1 is damaged; delete it to compute it again.</source>
        <translation>Der Feature-Cache %1 ist beschädigt; löschen Sie ihn, damit er neu berechnet wird.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write %1 (is the disk full?): %2</source>
        <translation>%1 konnte nicht geschrieben werden (ist der Datenträger voll?): %2</translation>
    </message>
</context>
<context>
    <name>FlowCache</name>
    <message>
        <location filename="../core/flow/FlowCache.cpp" line="+106"/>
        <source>The flow cache %1 cannot be used: %2.</source>
        <translation>Der Fluss-Cache %1 kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>it is too short</source>
        <translation>er ist zu kurz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its chunk table is truncated</source>
        <translation>seine Chunk-Tabelle ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+6"/>
        <location line="+10"/>
        <source>chunk %1 is damaged</source>
        <translation>Chunk %1 ist beschädigt</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No flow cache is open.</source>
        <translation>Es ist kein Fluss-Cache geöffnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frame %1 is outside the flow cache %2 (frames 0 to %3).</source>
        <translation>Frame %1 liegt außerhalb des Fluss-Caches %2 (Frames 0 bis %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The flow of frame %1 has not been computed yet (flow cache %2).</source>
        <translation>Der Fluss von Frame %1 wurde noch nicht berechnet (Fluss-Cache %2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The flow of frame %1 in %2 is damaged.</source>
        <translation>Der Fluss von Frame %1 in %2 ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../core/flow/FlowCacheHeader.cpp" line="+129"/>
        <source>it is not an Ethoscribe flow cache</source>
        <translation>er ist kein Ethoscribe-Fluss-Cache</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has flow cache format %1; this version of Ethoscribe reads format %2</source>
        <translation>er hat das Fluss-Cache-Format %1; diese Version von Ethoscribe liest das Format %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>its header is damaged</source>
        <translation>sein Header ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/flow/FlowCacheWriter.cpp" line="+77"/>
        <source>Could not replace the outdated flow cache %1.</source>
        <translation>Der veraltete Fluss-Cache %1 konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <location filename="../core/flow/FlowCacheLock.cpp" line="+63"/>
        <location filename="../core/flow/FlowCacheWriter.cpp" line="+14"/>
        <source>Could not create the folder %1 for the flow cache.</source>
        <translation>Der Ordner %1 für den Fluss-Cache konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the computer %1</source>
        <translation>auf dem Computer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process %1 %2</source>
        <translation>Prozess %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process %1 (%2) %3</source>
        <translation>Prozess %1 (%2) %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not create the lock file %1 that keeps two programs from writing the same flow cache: you may not write in the folder %2.</source>
        <translation>Die Sperrdatei %1, die verhindert, dass zwei Programme denselben Fluss-Cache schreiben, konnte nicht angelegt werden: Sie dürfen im Ordner %2 nicht schreiben.</translation>
    </message>
    <message>
        <location filename="../core/flow/FlowCacheWriter.cpp" line="+50"/>
        <source>Internal error: chunk %1 of the flow cache does not fit.</source>
        <translation>Interner Fehler: Chunk %1 des Fluss-Caches passt nicht.</translation>
    </message>
</context>
<context>
    <name>FlowCommand</name>
    <message>
        <location filename="../app/cli/FlowCommand.cpp" line="-299"/>
        <source>The project has no videos; add them first with &apos;ethoscribe-cli project add-video&apos;.</source>
        <translation>Das Projekt hat keine Videos; fügen Sie sie zuerst mit &apos;ethoscribe-cli project add-video&apos; hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project has no video %1 (or several videos have that name). Its videos: %2.</source>
        <translation>Das Projekt hat kein Video %1 (oder mehrere Videos haben diesen Namen). Seine Videos: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The video %1 is not at %2 (moved or deleted?). Find it again with &apos;ethoscribe-cli project relocate %3 FOLDER&apos;.</source>
        <translation>Das Video %1 liegt nicht unter %2 (verschoben oder gelöscht?). Finden Sie es mit &apos;ethoscribe-cli project relocate %3 FOLDER&apos; wieder.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2 of %3 frames (%4%)</source>
        <translation>%1: %2 von %3 Frames (%4 %)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the frame &quot;%1&quot; is not a frame number (0 = first frame).</source>
        <translation>der Frame „%1“ ist keine Frame-Nummer (0 = erster Frame).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--preview needs --out FILE (the image to write).</source>
        <translation>--preview braucht --out FILE (das zu schreibende Bild).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--max-pixels must be a positive number.</source>
        <translation>--max-pixels muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>from the cache %1</source>
        <translation>aus dem Cache %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>computed from the video (%1)</source>
        <translation>aus dem Video berechnet (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write the image %1: %2.</source>
        <translation>Das Bild %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote %1: flow of frame %2 of %3, %4.</source>
        <translation>%1 geschrieben: Fluss von Frame %2 von %3, %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Computes the optical flow of a project&apos;s videos once and keeps it beside the project (PROJECT_NAME.cache/flow/), where training and inference read it. Videos whose cache is complete are skipped; an interrupted computation continues where it stopped.

With --preview FRAME --out FILE: writes one frame&apos;s flow as a colour-wheel image (hue = direction, saturation = speed), read from the cache, or computed for that frame pair alone when the cache does not have it.</source>
        <translation>Berechnet den optischen Fluss der Videos eines Projekts einmal und legt ihn neben dem Projekt ab (PROJECT_NAME.cache/flow/), wo Training und Inferenz ihn lesen. Videos mit vollständigem Cache werden übersprungen; eine unterbrochene Berechnung setzt dort fort, wo sie angehalten hat.

Mit --preview FRAME --out FILE: schreibt den Fluss eines Frames als Farbkreis-Bild (Farbton = Richtung, Sättigung = Geschwindigkeit), gelesen aus dem Cache oder, wenn der Cache ihn nicht hat, nur für dieses Frame-Paar berechnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tvl1 (TV-L1, as in the paper; slow) or dis (DIS, about 40x faster). Given here, it is also stored as the project&apos;s flow method; without it the project&apos;s setting is used (tvl1 when unset). --preview does not store it.</source>
        <translation>tvl1 (TV-L1, wie im Paper; langsam) oder dis (DIS, etwa 40-mal schneller). Wird die Methode hier angegeben, wird sie auch als Flussmethode des Projekts gespeichert; ohne diese Angabe gilt die Einstellung des Projekts (tvl1, wenn nicht gesetzt). --preview speichert sie nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only this video: its id, path, file name or name without extension.</source>
        <translation>Nur dieses Video: seine ID, sein Pfad, sein Dateiname oder sein Name ohne Endung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frame ranges computed in parallel (default: one per core).</source>
        <translation>Frame-Bereiche, die parallel berechnet werden (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON lines on stdout: {&quot;event&quot;:&quot;progress&quot;,...} while computing, {&quot;event&quot;:&quot;done&quot;,...} per video.</source>
        <translation>JSON-Zeilen auf stdout ausgeben: {&quot;event&quot;:&quot;progress&quot;,...} während der Berechnung, {&quot;event&quot;:&quot;done&quot;,...} pro Video.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the flow of frame FRAME (0-based; the motion from FRAME-1 to FRAME) instead of computing caches. Needs --out, and --video when the project has several videos.</source>
        <translation>Den optischen Fluss von Frame FRAME darstellen (ab 0 gezählt; die Bewegung von FRAME-1 zu FRAME), statt Caches zu berechnen. Benötigt --out und, wenn das Projekt mehrere Videos hat, --video.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image file --preview writes.</source>
        <translation>Die Bilddatei, die --preview schreibt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--preview: displacement shown at full saturation (default: the largest in the frame).</source>
        <translation>--preview: Verschiebung, die mit voller Sättigung dargestellt wird (Standard: die größte im Frame).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--out is only used with --preview.</source>
        <translation>--out wird nur zusammen mit --preview verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown flow method &quot;%1&quot; (use tvl1 or dis).</source>
        <translation>unbekannte Flussmethode &quot;%1&quot; (verwenden Sie tvl1 oder dis).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--threads must be a whole number of at least 1.</source>
        <translation>--threads muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no project %1.</source>
        <translation>Es gibt kein Projekt %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note: the flow method is not stored in the project (%1).</source>
        <translation>Hinweis: Die Flussmethode wird nicht im Projekt gespeichert (%1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the project has several videos; name one with --video.</source>
        <translation>das Projekt hat mehrere Videos; wählen Sie eines mit --video aus.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: the optical flow is being computed by %2; waiting for it to finish.</source>
        <translation>%1: Der optische Fluss wird gerade von %2 berechnet; es wird gewartet, bis er fertig ist.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Flow (%1) of %2: %3</source>
        <translation>Optischer Fluss (%1) von %2: %3</translation>
    </message>
</context>
<context>
    <name>FlowComputation</name>
    <message>
        <location filename="../core/flow/FlowComputation.cpp" line="+178"/>
        <source>Frame %1 of %2 has another size than the video.</source>
        <translation>Frame %1 von %2 hat eine andere Größe als das Video.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Computing the optical flow of %1 failed: %2.</source>
        <translation>Die Berechnung des optischen Flusses von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The optical flow of %1 was cancelled while waiting for %2, which is computing it.</source>
        <translation>Der optische Fluss von %1 wurde abgebrochen, während auf %2 gewartet wurde, das ihn berechnet.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The optical flow of %1 was cancelled; %2 of %3 chunks are done and kept, and the next run continues from there.</source>
        <translation>Die Berechnung des optischen Flusses von %1 wurde abgebrochen; %2 von %3 Blöcken sind fertig und bleiben erhalten, und der nächste Lauf setzt dort fort.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 has no frame %2 (frames 0 to %3).</source>
        <translation>%1 hat keinen Frame %2 (Frames 0 bis %3).</translation>
    </message>
</context>
<context>
    <name>FoldPlan</name>
    <message>
        <location filename="../core/cv/FoldPlan.cpp" line="+42"/>
        <location line="+43"/>
        <source>No video of the project has labels. Label some frames (or import labels) before training.</source>
        <translation>Kein Video des Projekts hat Labels. Labeln Sie einige Frames (oder importieren Sie Labels), bevor Sie trainieren.</translation>
    </message>
    <message numerus="yes">
        <location line="-36"/>
        <source>Cross-validation needs labeled videos from at least two recordings; the project has %n.</source>
        <translation>
            <numerusform>Die Kreuzvalidierung benötigt gelabelte Videos aus mindestens zwei Aufnahmen; das Projekt hat nur %n.</numerusform>
            <numerusform>Die Kreuzvalidierung benötigt gelabelte Videos aus mindestens zwei Aufnahmen; das Projekt hat nur %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Holding out %1 leaves no labeled video to train on.</source>
        <translation>Wird %1 ausgelassen, bleibt kein gelabeltes Video zum Trainieren übrig.</translation>
    </message>
</context>
<context>
    <name>FramePredictor</name>
    <message>
        <location filename="../models/training/FramePredictor.cpp" line="+66"/>
        <source>The network cannot run in 8-bit integers here (%1). Analyse in 32-bit floating point instead.</source>
        <translation>Das Netz kann hier nicht mit 8-Bit-Ganzzahlen rechnen (%1). Analysieren Sie stattdessen mit 32-Bit-Gleitkommazahlen.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>FrameStore</name>
    <message>
        <location filename="../models/training/FrameStore.cpp" line="+103"/>
        <source>Could not make a file for the frames in %1: %2.</source>
        <translation>Im Ordner %1 konnte keine Datei für die Bilder angelegt werden: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is not enough free space in %1 for the frames (%2 needed). Free some space, or choose a folder on a larger disk.</source>
        <translation>In %1 ist nicht genug Platz für die Bilder frei (%2 nötig). Geben Sie Platz frei, oder wählen Sie einen Ordner auf einem größeren Datenträger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reserve %1 for the frames in %2: %3.</source>
        <translation>%1 für die Bilder konnten in %2 nicht reserviert werden: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not map the frames&apos; file in %1: %2.</source>
        <translation>Die Datei der Bilder in %1 konnte nicht in den Speicher abgebildet werden: %2.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+81"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>No frame of %1 could be decoded.</source>
        <translation>Kein Frame von %1 konnte dekodiert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frames %1 to %2 of %3 could not be decoded.</source>
        <translation>Die Frames %1 bis %2 von %3 konnten nicht dekodiert werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The optical flow of %1 is not complete yet. Run &apos;ethoscribe-cli flow&apos; on the project first.</source>
        <translation>Der optische Fluss von %1 ist noch nicht vollständig. Führen Sie zuerst &apos;ethoscribe-cli flow&apos; für das Projekt aus.</translation>
    </message>
</context>
<context>
    <name>FusionModel</name>
    <message>
        <location filename="../core/fusion/FusionModel.cpp" line="+428"/>
        <source>These predictions have no behaviors, so they cannot be fused.</source>
        <translation>Diese Vorhersagen haben keine Verhaltensweisen und können daher nicht fusioniert werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These predictions cover %1 frames, the ones already shown %2: they cannot be fused.</source>
        <translation>Diese Vorhersagen umfassen %1 Frames, die bereits angezeigten %2; daher können sie nicht fusioniert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These predictions have other behaviors (%1) than the ones already shown (%2): they cannot be fused.</source>
        <translation>Diese Vorhersagen haben andere Verhaltensweisen (%1) als die bereits angezeigten (%2); daher können sie nicht fusioniert werden.</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>The two prediction streams cover different numbers of frames (%1 and %2).</source>
        <translation>Die beiden Vorhersage-Ströme umfassen unterschiedlich viele Frames (%1 und %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two prediction streams have different behaviors (%1 / %2).</source>
        <translation>Die beiden Vorhersage-Ströme haben unterschiedliche Verhaltensweisen (%1 / %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fusion weights must be non-negative and not both zero (got %1 and %2).</source>
        <translation>Die Fusionsgewichte dürfen nicht negativ und nicht beide null sein (erhalten: %1 und %2).</translation>
    </message>
</context>
<context>
    <name>FusionParameters</name>
    <message>
        <location filename="../core/fusion/FusionParameters.cpp" line="+27"/>
        <source>The RGB weight must be between 0 and 1 (it is %1).</source>
        <translation>Das RGB-Gewicht muss zwischen 0 und 1 liegen (es beträgt %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The I3D share of the two networks must be between 0 and 1 (it is %1).</source>
        <translation>Der I3D-Anteil der beiden Netze muss zwischen 0 und 1 liegen (er beträgt %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The smoothing window must be an odd number of frames (it is %1).</source>
        <translation>Das Glättungsfenster muss eine ungerade Anzahl von Frames umfassen (es umfasst %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shortest bout must be at least one frame (it is %1).</source>
        <translation>Die kürzeste Episode muss mindestens einen Frame lang sein (sie ist %1 lang).</translation>
    </message>
</context>
<context>
    <name>ImportLabelsCommand</name>
    <message>
        <location filename="../core/project/commands/ImportLabelsCommand.cpp" line="+15"/>
        <source>Import labels</source>
        <translation>Labels importieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This video is not in the project.</source>
        <translation>Dieses Video gehört nicht zum Projekt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The imported labels use behavior number %1, which is not in the project.</source>
        <translation>Die importierten Labels verwenden die Verhaltensnummer %1, die es im Projekt nicht gibt.</translation>
    </message>
</context>
<context>
    <name>InceptionInflater</name>
    <message numerus="yes">
        <location filename="../models/weights/InceptionInflater.cpp" line="+78"/>
        <source>%n 2D kernel(s) were inflated to 3D (repeated over time and divided by the kernel&apos;s temporal size).</source>
        <translation>
            <numerusform>%n 2D-Kernel wurde auf 3D erweitert (über die Zeit wiederholt und durch die zeitliche Größe des Kernels geteilt).</numerusform>
            <numerusform>%n 2D-Kernel wurden auf 3D erweitert (über die Zeit wiederholt und durch die zeitliche Größe des Kernels geteilt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InferenceEngine</name>
    <message>
        <location filename="../models/analysis/InferenceEngine.cpp" line="+41"/>
        <source>flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+109"/>
        <location line="+7"/>
        <source>The model file %1 cannot be used: %2</source>
        <translation>Die Modelldatei %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>The analysis was cancelled before it started.</source>
        <translation>Die Analyse wurde abgebrochen, bevor sie begonnen hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The analysis of %1 stopped because the network failed: %2</source>
        <translation>Die Analyse von %1 wurde angehalten, weil das Netz fehlgeschlagen ist: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The analysis of %1 stopped because of an internal error: %2</source>
        <translation>Die Analyse von %1 wurde wegen eines internen Fehlers angehalten: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The analysis of %1 was cancelled; what was finished is kept.</source>
        <translation>Die Analyse von %1 wurde abgebrochen; was fertig war, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The model file %1 cannot be read: %2</source>
        <translation>Die Modelldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The model file %1 holds a %2 network, not %3 %4 as asked.</source>
        <translation>Die Modelldatei %1 enthält ein Netz vom Typ %2, nicht %3 %4 wie angefordert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The networks cannot run in 8-bit integers with this LibTorch (%1). Analyse in 32-bit floating point instead.</source>
        <translation>Die Netze können mit dieser LibTorch nicht mit 8-Bit-Ganzzahlen rechnen (%1). Analysieren Sie stattdessen mit 32-Bit-Gleitkommazahlen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The networks cannot run in 16-bit floating point here: %1. Analyse in 32-bit floating point instead.</source>
        <translation>Die Netze können hier nicht in 16-Bit-Gleitkomma rechnen: %1. Analysieren Sie stattdessen in 32-Bit-Gleitkomma.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The video %1 cannot be read: %2</source>
        <translation>Das Video %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video %1 has no frames.</source>
        <translation>Das Video %1 hat keine Frames.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A flow model needs the video&apos;s optical flow, but no place for its cache was given.</source>
        <translation>Ein Fluss-Modell benötigt den optischen Fluss des Videos, aber es wurde kein Ort für dessen Cache angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Optical flow</source>
        <translation>Optischer Fluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optical flow, computed by %1</source>
        <translation>Optischer Fluss, berechnet von %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Frames %1 to %2 of %3 cannot be read: %4</source>
        <translation>Die Frames %1 bis %2 von %3 können nicht gelesen werden: %4</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
</context>
<context>
    <name>LabelExport</name>
    <message>
        <location filename="../core/io/LabelExport.cpp" line="+147"/>
        <source>Could not write &quot;%1&quot;: %2. Check that the folder exists and that you may write to it.</source>
        <translation>Konnte &quot;%1&quot; nicht schreiben: %2. Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write &quot;%1&quot;: %2. Check the free disk space.</source>
        <translation>Konnte &quot;%1&quot; nicht schreiben: %2. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Could not create the folder &quot;%1&quot;. Choose another folder.</source>
        <translation>Der Ordner &quot;%1&quot; konnte nicht erstellt werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The video &quot;%1&quot; has no valid frame rate; nothing was written for it.</source>
        <translation>Das Video &quot;%1&quot; hat keine gültige Framerate; dafür wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>LabelImport</name>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="+74"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+705"/>
        <location line="+37"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-690"/>
        <source>frame %1 is past the end of the video, which has no frames</source>
        <translation>Frame %1 liegt hinter dem Ende des Videos, das keine Frames hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>frame %1 is past the end of the video (%2 frames, numbered 0 to %3); is this the right file for this video?</source>
        <translation>Frame %1 liegt hinter dem Ende des Videos (%2 Frames, nummeriert von 0 bis %3); ist dies die richtige Datei für dieses Video?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>frame %1 is implausibly large</source>
        <translation>Frame %1 ist unplausibel groß</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+60"/>
        <location line="+332"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>the header must have the columns &quot;frame&quot; and &quot;behavior&quot; (found: %1)</source>
        <translation>die Kopfzeile muss die Spalten &quot;frame&quot; und &quot;behavior&quot; enthalten (gefunden: %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+66"/>
        <location line="+348"/>
        <source>expected %1 fields like the header, found %2</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location line="-408"/>
        <location line="+67"/>
        <location line="+347"/>
        <source>&quot;%1&quot; is not a frame number</source>
        <translation>&quot;%1&quot; ist keine Frame-Nummer</translation>
    </message>
    <message>
        <location line="-411"/>
        <source>negative frame number %1</source>
        <translation>negative Frame-Nummer %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>frame %1 appears more than once</source>
        <translation>Frame %1 kommt mehr als einmal vor</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 frames of the video are not in the file; they stay unlabeled.</source>
        <translation>%1 Frames des Videos sind nicht in der Datei enthalten; sie bleiben ohne Label.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the header must have the columns &quot;behavior&quot;, &quot;start_frame&quot; and &quot;end_frame&quot; (found: %1)</source>
        <translation>die Kopfzeile muss die Spalten &quot;behavior&quot;, &quot;start_frame&quot; und &quot;end_frame&quot; enthalten (gefunden: %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>invalid bout from frame %1 to frame %2</source>
        <translation>ungültige Episode von Frame %1 bis Frame %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+99"/>
        <source>the behavior is empty</source>
        <translation>das Verhalten ist leer</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>this bout overlaps the bout on line %1</source>
        <translation>diese Episode überschneidet sich mit der Episode in Zeile %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>this is not a BORIS tabular events export: no header row with the columns Time, Behavior and Status</source>
        <translation>dies ist kein BORIS-Export tabellarischer Ereignisse: keine Kopfzeile mit den Spalten Time, Behavior und Status</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>expected %1 fields like the header on line %2, found %3</source>
        <translation>%1 Felder wie in der Kopfzeile in Zeile %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown status &quot;%1&quot; (expected START, STOP or POINT)</source>
        <translation>unbekannter Status &quot;%1&quot; (erwartet: START, STOP oder POINT)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a frame index</source>
        <translation>&quot;%1&quot; ist kein Frame-Index</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a time in seconds</source>
        <translation>&quot;%1&quot; ist keine Zeit in Sekunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>negative time or frame index</source>
        <translation>negative Zeit oder negativer Frame-Index</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the file holds events of several %1 (%2); choose one with %3</source>
        <translation>die Datei enthält Ereignisse mehrerer %1 (%2); wählen Sie mit %3 aus, welche importiert werden sollen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file has no events for &quot;%1&quot; (it has: %2)</source>
        <translation>die Datei enthält keine Ereignisse für &quot;%1&quot; (sie enthält: %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>media files</source>
        <translation>Mediendateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the media file option</source>
        <translation>der Option für die Mediendatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subjects</source>
        <translation>Subjekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the subject option</source>
        <translation>der Option für das Subjekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file says %1 frames per second but the video has %2; times were converted with the video&apos;s frame rate.</source>
        <translation>Die Datei gibt %1 Frames pro Sekunde an, das Video hat aber %2; die Zeiten wurden mit der Framerate des Videos umgerechnet.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; starts again but was not stopped since line %2</source>
        <translation>&quot;%1&quot; beginnt erneut, wurde aber seit Zeile %2 nicht beendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>overlapping states: &quot;%1&quot; starts while &quot;%2&quot; (started on line %3) is still going on; Ethoscribe needs exactly one behavior per frame</source>
        <translation>überlappende Zustände: &quot;%1&quot; beginnt, während &quot;%2&quot; (begonnen in Zeile %3) noch andauert; Ethoscribe benötigt genau ein Verhalten pro Frame</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>STOP of &quot;%1&quot; without a matching START</source>
        <translation>STOP von &quot;%1&quot; ohne passendes START</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; starts here but never stops</source>
        <translation>&quot;%1&quot; beginnt hier, endet aber nie</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 point events fall inside a state of another behavior; the point event&apos;s behavior labels that one frame.</source>
        <translation>%1 Punktereignisse liegen innerhalb eines Zustands eines anderen Verhaltens; das Verhalten des Punktereignisses labelt diesen einen Frame.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a DeepEthogram label file needs a frame column and at least one behavior column</source>
        <translation>eine DeepEthogram-Labeldatei benötigt eine Frame-Spalte und mindestens eine Verhaltensspalte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>column %1 of the header has no behavior name</source>
        <translation>Spalte %1 der Kopfzeile hat keinen Verhaltensnamen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>frame numbers must run 0, 1, 2, ... without gaps; expected %1, found %2</source>
        <translation>die Frame-Nummern müssen lückenlos 0, 1, 2, ... lauten; erwartet %1, gefunden %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; in column &quot;%2&quot; is not 0, 1 or -1</source>
        <translation>&quot;%1&quot; in Spalte &quot;%2&quot; ist nicht 0, 1 oder -1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>more than one behavior is 1 (&quot;%1&quot; and &quot;%2&quot;); Ethoscribe needs exactly one behavior per frame</source>
        <translation>mehr als ein Verhalten ist 1 (&quot;%1&quot; und &quot;%2&quot;); Ethoscribe benötigt genau ein Verhalten pro Frame</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 frames marked &quot;background&quot; (no behavior) were imported as unlabeled.</source>
        <translation>%1 als &quot;background&quot; (kein Verhalten) markierte Frames wurden ohne Label importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has %1 frames but the video has %2; the remaining frames stay unlabeled.</source>
        <translation>Die Datei hat %1 Frames, das Video aber %2; die übrigen Frames bleiben ohne Label.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethoscribe per-frame CSV</source>
        <translation>Ethoscribe-CSV pro Frame</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethoscribe bouts CSV</source>
        <translation>Ethoscribe-CSV mit Episoden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BORIS tabular events</source>
        <translation>BORIS, tabellarische Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DeepEthogram labels</source>
        <translation>DeepEthogram-Labels</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the video has no valid frame rate</source>
        <translation>das Video hat keine gültige Framerate</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the format was not recognised; expected an Ethoscribe CSV (frame,time_s,behavior), a BORIS tabular events export or a DeepEthogram label file</source>
        <translation>das Format wurde nicht erkannt; erwartet wird eine Ethoscribe-CSV (frame,time_s,behavior), ein BORIS-Export tabellarischer Ereignisse oder eine DeepEthogram-Labeldatei</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>could not open the file: %1</source>
        <translation>die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the behavior &apos;%1&apos; cannot be added: %2</source>
        <translation>das Verhalten „%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&apos;%1&apos; (first on line %2)</source>
        <translation>„%1“ (zuerst in Zeile %2)</translation>
    </message>
</context>
<context>
    <name>LabelRangeCommand</name>
    <message>
        <location filename="../core/project/commands/LabelRangeCommand.cpp" line="+21"/>
        <source>This label track no longer exists.</source>
        <translation>Diese Label-Spur existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Predictions cannot be edited. Accept them into a manual track and correct them there.</source>
        <translation>Vorhersagen können nicht bearbeitet werden. Übernehmen Sie sie in eine manuelle Spur und korrigieren Sie sie dort.</translation>
    </message>
</context>
<context>
    <name>LossCurves</name>
    <message>
        <location filename="../core/eval/LossCurves.cpp" line="+55"/>
        <source>Could not read %1: %2.</source>
        <translation>Konnte %1 nicht lesen: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the header must have the columns %1</source>
        <translation>die Kopfzeile muss die Spalten %1 enthalten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected %1 fields like the header, found %2</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a fold number</source>
        <translation>&quot;%1&quot; ist keine Fold-Nummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown model &quot;%1&quot; (expected %2)</source>
        <translation>unbekanntes Modell &quot;%1&quot; (erwartet: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown stream &quot;%1&quot; (expected %2)</source>
        <translation>unbekannter Strom &quot;%1&quot; (erwartet: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an iteration number</source>
        <translation>&quot;%1&quot; ist keine Iterationsnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a loss</source>
        <translation>&quot;%1&quot; ist kein Loss-Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a learning rate</source>
        <translation>&quot;%1&quot; ist keine Lernrate</translation>
    </message>
</context>
<context>
    <name>MergeBoutsCommand</name>
    <message>
        <location filename="../core/project/commands/MergeBoutsCommand.cpp" line="+15"/>
        <source>Merge bouts</source>
        <translation>Episoden zusammenführen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Both ends of a merge must be inside labeled bouts.</source>
        <translation>Beide Enden einer Zusammenführung müssen innerhalb gelabelter Episoden liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These frames are already in the same bout.</source>
        <translation>Diese Frames liegen bereits in derselben Episode.</translation>
    </message>
</context>
<context>
    <name>ModelFetchCommand</name>
    <message>
        <location filename="../app/cli/ModelFetchCommand.cpp" line="-349"/>
        <source>Models that &apos;ethoscribe-cli model fetch NAME&apos; can download (catalog: %1):</source>
        <translation>Modelle, die &apos;ethoscribe-cli model fetch NAME&apos; herunterladen kann (Katalog: %1):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 classes</source>
        <translation>%1 Klassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>depth %1</source>
        <translation>Tiefe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>width %1</source>
        <translation>Breite %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SHA-256: none known. %1</source>
        <translation>SHA-256: keine bekannt. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Downloading %1: %2 of %3 (%4%)</source>
        <translation>%1 wird heruntergeladen: %2 von %3 (%4%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading %1: %2</source>
        <translation>%1 wird heruntergeladen: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Downloads published pretrained weights by name, checks their SHA-256 and imports them into an Ethoscribe model (as &apos;model import&apos; does). An interrupted download is resumed by running the same command again; a download that is complete and verified is not fetched again.

The list of models is built in; the environment variable %1=/path/catalog.json replaces it (same fields as &apos;model fetch --list --json&apos; prints: name, url, sha256, architecture, stream, classes, depth, widthMultiplier, ...).</source>
        <translation>Lädt veröffentlichte vortrainierte Gewichte anhand ihres Namens herunter, prüft ihre SHA-256-Prüfsumme und importiert sie in ein Ethoscribe-Modell (wie &apos;model import&apos;). Ein unterbrochener Download wird fortgesetzt, wenn Sie denselben Befehl erneut ausführen; ein vollständiger und geprüfter Download wird nicht erneut heruntergeladen.

Die Liste der Modelle ist eingebaut; die Umgebungsvariable %1=/pfad/catalog.json ersetzt sie (mit denselben Feldern, die &apos;model fetch --list --json&apos; ausgibt: name, url, sha256, architecture, stream, classes, depth, widthMultiplier, ...).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Model to fetch (see --list).</source>
        <translation>Herunterzuladendes Modell (siehe --list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the models that can be fetched, with network, stream, size, address and source.</source>
        <translation>Die herunterladbaren Modelle mit Netz, Strom, Größe, Adresse und Quelle auflisten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for the download and the model (default: %1).</source>
        <translation>Ordner für den Download und das Modell (Standard: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of behaviors the model predicts (default 8: the paper&apos;s drink, eat, groom, hang, micro-movement, rear, rest, walk). The file&apos;s classifier is kept only when this equals its class count (e.g. 400 for Kinetics).</source>
        <translation>Anzahl der Verhaltensweisen, die das Modell vorhersagt (Standard 8: die des Papers, drink, eat, groom, hang, micro-movement, rear, rest, walk). Der Klassifikator der Datei wird nur beibehalten, wenn diese Zahl seiner Klassenzahl entspricht (z. B. 400 für Kinetics).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Behavior names in output order, comma-separated (sets the number of behaviors; default for 8: the paper&apos;s names).</source>
        <translation>Verhaltensnamen in Ausgabereihenfolge, durch Kommas getrennt (legt die Zahl der Verhaltensweisen fest; Vorgabe für 8: die Namen aus der Veröffentlichung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a,b,c</source>
        <translation>a,b,c</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the downloaded weights file after the import (it is deleted otherwise).</source>
        <translation>Die heruntergeladene Gewichtsdatei nach dem Import behalten (sonst wird sie gelöscht).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress as JSON lines on stderr ({&quot;event&quot;:&quot;progress&quot;,&quot;bytes&quot;:..,&quot;total&quot;:..}, then {&quot;event&quot;:&quot;done&quot;,...}); with --list, the catalog as JSON.</source>
        <translation>Fortschritt als JSON-Zeilen auf stderr ({&quot;event&quot;:&quot;progress&quot;,&quot;bytes&quot;:..,&quot;total&quot;:..}, dann {&quot;event&quot;:&quot;done&quot;,...}); mit --list den Katalog als JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give up when no data arrived for this many seconds (default 30).</source>
        <translation>Den Download aufgeben, wenn so viele Sekunden lang keine Daten eingetroffen sind (Standard 30).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>give the name of a model; --list shows them</source>
        <translation>geben Sie den Namen eines Modells an; --list zeigt sie an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a known model. Known models: %2.</source>
        <translation>&apos;%1&apos; ist kein bekanntes Modell. Bekannte Modelle: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--classes needs a positive number</source>
        <translation>--classes benötigt eine positive Zahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--behaviors needs at least one name</source>
        <translation>--behaviors braucht mindestens einen Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--classes %1 does not match the %2 names of --behaviors</source>
        <translation>--classes %1 passt nicht zu den %2 Namen von --behaviors</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--stall-timeout needs a positive number of seconds</source>
        <translation>--stall-timeout benötigt eine positive Anzahl von Sekunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is already here: %2</source>
        <translation>%1 ist bereits vorhanden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Using %1, downloaded before.</source>
        <translation>%1 wurde bereits zuvor heruntergeladen und wird verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not have the expected SHA-256; downloading it again.</source>
        <translation>%1 hat nicht die erwartete SHA-256-Prüfsumme; die Datei wird erneut heruntergeladen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot delete %1.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Resuming the download kept in %1</source>
        <translation>Der in %1 gespeicherte Download wird fortgesetzt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloaded %1 (%2) to %3.</source>
        <translation>%1 (%2) nach %3 heruntergeladen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SHA-256 %1. No digest is published for this file, so it could not be checked: compare it with a copy you trust.</source>
        <translation>SHA-256 %1. Für diese Datei ist keine Prüfsumme veröffentlicht, daher konnte sie nicht geprüft werden: Vergleichen Sie sie mit einer Kopie, der Sie vertrauen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256 %1 matches the expected %2.</source>
        <translation>SHA-256 %1 stimmt mit der erwarteten %2 überein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pretrained: %1 (%2)</source>
        <translation>vortrainiert: %1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not delete the download %1.</source>
        <translation>Der Download %1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
</context>
<context>
    <name>ModelImportCommand</name>
    <message>
        <location filename="../app/cli/ModelImportCommand.cpp" line="-161"/>
        <source>Network: i3d or r2plus1d.</source>
        <translation>Netz: i3d oder r2plus1d.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input stream of the model: rgb (default) or flow. RGB weights given for a flow model start its first convolution from the mean over the colour channels.</source>
        <translation>Eingabestrom des Modells: rgb (Standard) oder flow. Werden RGB-Gewichte für ein Fluss-Modell angegeben, startet dessen erste Faltung mit dem Mittelwert über die Farbkanäle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rgb|flow</source>
        <translation>rgb|flow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of behaviors the model predicts. When it differs from the file&apos;s classifier, the classifier is re-initialised.</source>
        <translation>Anzahl der Verhaltensweisen, die das Modell vorhersagt. Weicht sie vom Klassifikator der Datei ab, wird der Klassifikator neu initialisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behavior names in output order, comma-separated (default for 8 classes: the paper&apos;s drink, eat, groom, hang, micro-movement, rear, rest, walk).</source>
        <translation>Verhaltensnamen in Ausgabereihenfolge, durch Kommas getrennt (Standard bei 8 Klassen: die des Papers, drink, eat, groom, hang, micro-movement, rear, rest, walk).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a,b,c</source>
        <translation>a,b,c</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model file to write (.safetensors).</source>
        <translation>Zu schreibende Modelldatei (.safetensors).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width multiplier of the network (1 for published weights).</source>
        <translation>Breitenfaktor des Netzes (1 für veröffentlichte Gewichte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R(2+1)D depth: 10, 18 (default, as torchvision&apos;s r2plus1d_18) or 34.</source>
        <translation>R(2+1)D-Tiefe: 10, 18 (Standard, wie r2plus1d_18 von torchvision) oder 34.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text describing what the weights were trained on.</source>
        <translation>Text, der beschreibt, womit die Gewichte trainiert wurden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starts an I3D model from 2D ImageNet Inception-v1 weights (pytorch-i3d names with 2D kernels, e.g. Conv2d_1a_7x7.conv2d.weight [64,3,7,7]): each kernel is repeated along time and divided by its temporal size.</source>
        <translation>Startet ein I3D-Modell aus 2D-ImageNet-Inception-v1-Gewichten (pytorch-i3d-Namen mit 2D-Kernels, z. B. Conv2d_1a_7x7.conv2d.weight [64,3,7,7]): Jeder Kernel wird entlang der Zeit wiederholt und durch seine zeitliche Größe geteilt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Converts published network weights (a PyTorch state dict .pt/.pth saved with torch.save, a TorchScript file or a .safetensors file) into an Ethoscribe model, and reports how many tensors matched.</source>
        <translation>Wandelt veröffentlichte Netzgewichte (ein mit torch.save gespeichertes PyTorch-State-Dict .pt/.pth, eine TorchScript-Datei oder eine .safetensors-Datei) in ein Ethoscribe-Modell um und meldet, wie viele Tensoren übereinstimmten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>2D Inception-v1 weights.</source>
        <translation>2D-Inception-v1-Gewichte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights to import.</source>
        <translation>Zu importierende Gewichte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>give exactly one weights file</source>
        <translation>geben Sie genau eine Gewichtsdatei an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the model file to write with --out</source>
        <translation>geben Sie mit --out die zu schreibende Modelldatei an</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give the network with --arch i3d or --arch r2plus1d</source>
        <translation>geben Sie das Netz mit --arch i3d oder --arch r2plus1d an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a network; use i3d or r2plus1d</source>
        <translation>&apos;%1&apos; ist kein Netz; verwenden Sie i3d oder r2plus1d</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a stream; use rgb or flow</source>
        <translation>&apos;%1&apos; ist kein Strom; verwenden Sie rgb oder flow</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--classes needs a positive number</source>
        <translation>--classes benötigt eine positive Zahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--behaviors lists no names</source>
        <translation>--behaviors nennt keine Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--behaviors names a behavior twice</source>
        <translation>--behaviors nennt ein Verhalten zweimal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--classes is %1 but --behaviors names %2 behaviors</source>
        <translation>--classes ist %1, aber --behaviors nennt %2 Verhaltensweisen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the number of behaviors with --classes or their names with --behaviors</source>
        <translation>geben Sie die Anzahl der Verhaltensweisen mit --classes oder ihre Namen mit --behaviors an</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--width needs a positive number</source>
        <translation>--width benötigt eine positive Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--depth must be 10, 18 or 34</source>
        <translation>--depth muss 10, 18 oder 34 sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+8"/>
        <source>Tensors: %1</source>
        <translation>Tensoren: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Read %1 (%2)</source>
        <translation>%1 gelesen (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, weights under &apos;%1&apos;</source>
        <translation>, Gewichte unter &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wrote %1: %2 %3 model for %4 behaviors (%5)</source>
        <translation>%1 geschrieben: Modell %2 %3 für %4 Verhaltensweisen (%5)</translation>
    </message>
</context>
<context>
    <name>ModelImporter</name>
    <message>
        <location filename="../models/weights/ModelImporter.cpp" line="+33"/>
        <source>No behaviors were given for the imported model.</source>
        <translation>Für das importierte Modell wurden keine Verhaltensweisen angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only I3D can be inflated from 2D Inception-v1 weights.</source>
        <translation>Nur I3D kann aus 2D-Inception-v1-Gewichten auf 3D erweitert werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot build the network: %1</source>
        <translation>Das Netz kann nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The &quot;module.&quot; prefix of multi-GPU training was removed from %n name(s).</source>
        <translation>
            <numerusform>Das Präfix &quot;module.&quot; aus dem Multi-GPU-Training wurde aus %n Namen entfernt.</numerusform>
            <numerusform>Das Präfix &quot;module.&quot; aus dem Multi-GPU-Training wurde aus %n Namen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inflation needs 2D Inception-v1 weights named like pytorch-i3d&apos;s (Conv2d_1a_7x7.conv2d.weight, Mixed_3b.b0.conv2d.weight, ...).</source>
        <translation>Die Erweiterung auf 3D benötigt 2D-Inception-v1-Gewichte mit Namen wie bei pytorch-i3d (Conv2d_1a_7x7.conv2d.weight, Mixed_3b.b0.conv2d.weight, ...).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the architecture chosen (i3d or r2plus1d) and that the file holds the weights of that network.</source>
        <translation>Prüfen Sie die gewählte Architektur (i3d oder r2plus1d) und ob die Datei die Gewichte dieses Netzes enthält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; does not fit the %2 network for %3 input: %4 %5</source>
        <translation>&apos;%1&apos; passt nicht zum Netz %2 mit Eingabe %3: %4 %5</translation>
    </message>
</context>
<context>
    <name>ModelSpec</name>
    <message>
        <location filename="../models/ModelSpec.cpp" line="+32"/>
        <source>the model&apos;s architecture is missing or unknown</source>
        <translation>die Architektur des Modells fehlt oder ist unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the model&apos;s input stream (rgb or flow) is missing or unknown</source>
        <translation>der Eingabestrom des Modells (rgb oder flow) fehlt oder ist unbekannt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the model does not list the behaviors it predicts</source>
        <translation>das Modell listet die Verhaltensweisen, die es vorhersagt, nicht auf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the model&apos;s input size is not valid</source>
        <translation>die Eingabegröße des Modells ist ungültig</translation>
    </message>
</context>
<context>
    <name>ModelSummaryCommand</name>
    <message>
        <location filename="../app/cli/ModelSummaryCommand.cpp" line="-122"/>
        <source>Lists the layers of a network (name, output shape for one 16-frame clip, parameters) and its exact parameter count. Runs the network once on zeros.</source>
        <translation>Listet die Schichten eines Netzes auf (Name, Ausgabeform für einen Clip mit 16 Frames, Parameter) sowie die genaue Anzahl seiner Parameter. Führt das Netz einmal mit Nullen aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network: i3d or r2plus1d.</source>
        <translation>Netz: i3d oder r2plus1d.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of output classes (default 8, the paper&apos;s behaviors; 400 for Kinetics).</source>
        <translation>Anzahl der Ausgabeklassen (Standard 8, die Verhaltensweisen des Papers; 400 für Kinetics).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <location line="+4"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Input stream: rgb (3 channels, default) or flow (2).</source>
        <translation>Eingabestrom: rgb (3 Kanäle, Standard) oder flow (2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STREAM</source>
        <translation>STROM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Width multiplier (default 1 = the published network).</source>
        <translation>Breitenfaktor (Standard 1 = das veröffentlichte Netz).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R(2+1)D depth: 10, 18 (default) or 34.</source>
        <translation>R(2+1)D-Tiefe: 10, 18 (Standard) oder 34.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frames per clip (default 16; a multiple of 8).</source>
        <translation>Frames pro Clip (Standard 16; ein Vielfaches von 8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--arch is required (i3d or r2plus1d)</source>
        <translation>--arch ist erforderlich (i3d oder r2plus1d)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown network &apos;%1&apos;; use i3d or r2plus1d</source>
        <translation>unbekanntes Netz &apos;%1&apos;; verwenden Sie i3d oder r2plus1d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown stream &apos;%1&apos;; use rgb or flow</source>
        <translation>unbekannter Strom &apos;%1&apos;; verwenden Sie rgb oder flow</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--classes, --width, --depth and --frames take numbers</source>
        <translation>--classes, --width, --depth und --frames erwarten Zahlen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--frames must be a multiple of 8 (got %1)</source>
        <translation>--frames muss ein Vielfaches von 8 sein (erhalten: %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>could not run the network on a clip of shape %1: %2</source>
        <translation>das Netz konnte nicht auf einem Clip der Form %1 ausgeführt werden: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Input %1 (N, C, T, H, W)</source>
        <translation>Eingabe %1 (N, C, T, H, W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output shape</source>
        <translation>Ausgabeform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total parameters: %1</source>
        <translation>Parameter insgesamt: %1</translation>
    </message>
</context>
<context>
    <name>MoveBehaviorCommand</name>
    <message>
        <location filename="../core/project/commands/MoveBehaviorCommand.cpp" line="+10"/>
        <source>Reorder behaviors</source>
        <translation>Verhaltensweisen umsortieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no behavior at this position.</source>
        <translation>An dieser Position gibt es kein Verhalten.</translation>
    </message>
</context>
<context>
    <name>MoveBoundaryCommand</name>
    <message>
        <location filename="../core/project/commands/MoveBoundaryCommand.cpp" line="+15"/>
        <source>Move bout edge</source>
        <translation>Episodengrenze verschieben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no bout edge at frame %1.</source>
        <translation>Bei Frame %1 gibt es keine Episodengrenze.</translation>
    </message>
</context>
<context>
    <name>OptimizerState</name>
    <message>
        <location filename="../models/checkpoint/OptimizerState.cpp" line="+66"/>
        <source>The saved training state does not fit the network (parameter &apos;%1&apos;); training cannot resume from it.</source>
        <translation>Der gespeicherte Trainingszustand passt nicht zum Netz (Parameter &apos;%1&apos;); das Training kann damit nicht fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <location filename="../ui/plots/PlotExport.cpp" line="+48"/>
        <source>Could not write &quot;%1&quot;: renaming the finished file failed. Check that you may write to the folder.</source>
        <translation>Konnte &quot;%1&quot; nicht schreiben: Das Umbenennen der fertigen Datei ist fehlgeschlagen. Prüfen Sie, ob Sie in den Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write &quot;%1&quot;. Check that the folder exists, that you may write to it and the free disk space.</source>
        <translation>Konnte &quot;%1&quot; nicht schreiben. Prüfen Sie, ob der Ordner existiert, ob Sie darin schreiben dürfen und ob genug Speicherplatz frei ist.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Made with Ethoscribe</source>
        <translation>Erstellt mit Ethoscribe</translation>
    </message>
</context>
<context>
    <name>PositionedFile</name>
    <message>
        <location filename="../core/flow/PositionedFile.cpp" line="+58"/>
        <location line="+12"/>
        <source>Could not open %1: %2.</source>
        <translation>Konnte %1 nicht öffnen: %2.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Could not read %1: %2.</source>
        <translation>Konnte %1 nicht lesen: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ends early (it is truncated).</source>
        <translation>%1 endet vorzeitig (die Datei ist abgeschnitten).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read %1 (it may be truncated).</source>
        <translation>Konnte %1 nicht lesen (die Datei ist möglicherweise abgeschnitten).</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+12"/>
        <source>Could not write %1: %2. Check the free disk space; what was finished is kept and the computation resumes from there.</source>
        <translation>Konnte %1 nicht schreiben: %2. Prüfen Sie den freien Speicherplatz; was fertig war, bleibt erhalten, und die Berechnung wird dort fortgesetzt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not write %1 to disk: %2.</source>
        <translation>Konnte %1 nicht auf die Festplatte schreiben: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write %1 to disk.</source>
        <translation>Konnte %1 nicht auf die Festplatte schreiben.</translation>
    </message>
</context>
<context>
    <name>PredictionChunk</name>
    <message>
        <location filename="../core/labels/PredictionChunk.cpp" line="+131"/>
        <source>a block of stored predictions is damaged (%1)</source>
        <translation>ein Block gespeicherter Vorhersagen ist beschädigt (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a block of predictions</source>
        <translation>kein Block von Vorhersagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a block of stored predictions uses format version %1, which this version of Ethoscribe cannot read</source>
        <translation>ein Block gespeicherter Vorhersagen verwendet die Formatversion %1, die diese Version von Ethoscribe nicht lesen kann</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid class count</source>
        <translation>ungültige Klassenanzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid frame count</source>
        <translation>ungültige Frame-Anzahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>size does not match %1 frames</source>
        <translation>Größe passt nicht zu %1 Frames</translation>
    </message>
</context>
<context>
    <name>PredictionStore</name>
    <message>
        <location filename="../core/project/PredictionStore.cpp" line="+75"/>
        <source>The stored predictions of label track %1 are damaged (their description is not valid). Run the prediction again.</source>
        <translation>Die gespeicherten Vorhersagen der Label-Spur %1 sind beschädigt (ihre Beschreibung ist ungültig). Führen Sie die Vorhersage erneut aus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Predictions need between 1 and %1 behaviors and a frame count that is not negative (got %2 behaviors, %3 frames).</source>
        <translation>Vorhersagen benötigen zwischen 1 und %1 Verhaltensweisen und eine nicht negative Frame-Anzahl (erhalten: %2 Verhaltensweisen, %3 Frames).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Label track %1 has no predictions to add rows to.</source>
        <translation>Die Label-Spur %1 hat keine Vorhersagen, denen Zeilen hinzugefügt werden könnten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+97"/>
        <source>Frames %1 to %2 are outside the %3 frames of the predictions.</source>
        <translation>Die Frames %1 bis %2 liegen außerhalb der %3 Frames der Vorhersagen.</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+99"/>
        <source>a block does not fit the track</source>
        <translation>ein Block passt nicht zur Spur</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+99"/>
        <source>The stored predictions of label track %1 are damaged (%2). Run the prediction again.</source>
        <translation>Die gespeicherten Vorhersagen der Label-Spur %1 sind beschädigt (%2). Führen Sie die Vorhersage erneut aus.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Label track %1 has no predictions.</source>
        <translation>Die Label-Spur %1 hat keine Vorhersagen.</translation>
    </message>
</context>
<context>
    <name>PredictionTrack</name>
    <message>
        <location filename="../core/labels/PredictionTrack.cpp" line="+59"/>
        <source>The predictions do not fit their classes (%1 values for %2 frames and %3 classes).</source>
        <translation>Die Vorhersagen passen nicht zu ihren Klassen (%1 Werte für %2 Frames und %3 Klassen).</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>The stored predictions are damaged (%1). Run the prediction again.</source>
        <translation>Die gespeicherten Vorhersagen sind beschädigt (%1). Führen Sie die Vorhersage erneut aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a prediction record</source>
        <translation>kein Vorhersage-Datensatz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored predictions use format version %1, which this version of Ethoscribe cannot read. Update Ethoscribe or run the prediction again.</source>
        <translation>Die gespeicherten Vorhersagen verwenden die Formatversion %1, die diese Version von Ethoscribe nicht lesen kann. Aktualisieren Sie Ethoscribe oder führen Sie die Vorhersage erneut aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid class count</source>
        <translation>ungültige Klassenanzahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>truncated</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>size does not match %1 frames</source>
        <translation>Größe passt nicht zu %1 Frames</translation>
    </message>
</context>
<context>
    <name>PredictionsCsv</name>
    <message>
        <location filename="../core/eval/PredictionsCsv.cpp" line="+99"/>
        <source>Cannot write %1: there are no classes.</source>
        <translation>Kann %1 nicht schreiben: Es gibt keine Klassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: the class names must be unique and not empty (%2).</source>
        <translation>Kann %1 nicht schreiben: Die Klassennamen müssen eindeutig und nicht leer sein (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: the recording has no frames.</source>
        <translation>Kann %1 nicht schreiben: Die Aufnahme hat keine Frames.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: invalid fold %2.</source>
        <translation>Kann %1 nicht schreiben: ungültiger Fold %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: the recording has no predictions.</source>
        <translation>Kann %1 nicht schreiben: Die Aufnahme hat keine Vorhersagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: unknown stream &quot;%2&quot; (known: %3).</source>
        <translation>Kann %1 nicht schreiben: unbekannter Strom &quot;%2&quot; (bekannt: %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: the %2 probabilities have %3 values instead of %4 frames x %5 classes.</source>
        <translation>Kann %1 nicht schreiben: Die Wahrscheinlichkeiten für %2 haben %3 Werte statt %4 Frames x %5 Klassen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: frame %2 has the class index %3.</source>
        <translation>Kann %1 nicht schreiben: Frame %2 hat den Klassenindex %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read %1: %2.</source>
        <translation>Konnte %1 nicht lesen: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the header must be &quot;frame,fold,truth&quot; followed by probability columns such as i3d_rgb_&lt;class&gt;; this is not a predictions file</source>
        <translation>die Kopfzeile muss &quot;frame,fold,truth&quot; lauten, gefolgt von Wahrscheinlichkeitsspalten wie i3d_rgb_&lt;class&gt;; dies ist keine Vorhersagedatei</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>column &quot;%1&quot; is not &lt;model&gt;_&lt;stream&gt;_&lt;class&gt; with model i3d or r2plus1d and stream rgb or flow</source>
        <translation>Spalte &quot;%1&quot; hat nicht die Form &lt;model&gt;_&lt;stream&gt;_&lt;class&gt; mit model i3d oder r2plus1d und stream rgb oder flow</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the %1 columns are not next to each other</source>
        <translation>die Spalten %1 stehen nicht nebeneinander</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>Spalte &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the %1 columns list the classes %2, but the %3 columns list %4</source>
        <translation>die Spalten %1 listen die Klassen %2 auf, die Spalten %3 aber %4</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected %1 fields like the header, found %2</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected frame %1, found &quot;%2&quot; (frames are numbered from 0, one row each, in order)</source>
        <translation>Frame %1 erwartet, &quot;%2&quot; gefunden (Frames sind ab 0 nummeriert, eine Zeile pro Frame, in Reihenfolge)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a fold number</source>
        <translation>&quot;%1&quot; ist keine Fold-Nummer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fold %1 differs from fold %2 on line %3; a recording is held out by one fold</source>
        <translation>Fold %1 weicht von Fold %2 in Zeile %3 ab; eine Aufnahme wird von genau einem Fold ausgelassen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown class &quot;%1&quot; (the columns list %2)</source>
        <translation>unbekannte Klasse &quot;%1&quot; (die Spalten listen %2 auf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; in column %2 is not a probability between 0 and 1</source>
        <translation>&quot;%1&quot; in Spalte %2 ist keine Wahrscheinlichkeit zwischen 0 und 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file has a header but no frames</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Frames</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The predictions folder %1 does not exist; cross-validation writes one &lt;video&gt;.csv per held-out recording there.</source>
        <translation>Der Vorhersage-Ordner %1 existiert nicht; die Kreuzvalidierung schreibt dort eine &lt;video&gt;.csv pro ausgelassener Aufnahme.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The predictions folder %1 holds no predictions files (&lt;video&gt;.csv, one per held-out recording).</source>
        <translation>Der Vorhersage-Ordner %1 enthält keine Vorhersagedateien (&lt;video&gt;.csv, eine pro ausgelassener Aufnahme).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 lists the classes %2, but %3 lists %4; all predictions files of a run must have the same classes in the same order.</source>
        <translation>%1 listet die Klassen %2 auf, %3 aber %4; alle Vorhersagedateien eines Laufs müssen dieselben Klassen in derselben Reihenfolge haben.</translation>
    </message>
</context>
<context>
    <name>PretrainedCatalog</name>
    <message>
        <location filename="../models/weights/PretrainedCatalog.cpp" line="+121"/>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the model catalog %1 (named by %2): %3</source>
        <translation>Der Modellkatalog %1 (angegeben durch %2) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The model catalog %1 is not valid: %2</source>
        <translation>Der Modellkatalog %1 ist ungültig: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no &quot;models&quot; list</source>
        <translation>er hat keine Liste &quot;models&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an entry has no name, or a name with spaces</source>
        <translation>ein Eintrag hat keinen Namen oder einen Namen mit Leerzeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; appears twice</source>
        <translation>&apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;url&quot; is missing or not an address</source>
        <translation>&quot;url&quot; fehlt oder ist keine Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give a plain &quot;fileName&quot; (the URL does not end in one)</source>
        <translation>geben Sie einen einfachen &quot;fileName&quot; an (die URL endet nicht auf einen Dateinamen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;architecture&quot; must be i3d or r2plus1d</source>
        <translation>&quot;architecture&quot; muss i3d oder r2plus1d sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;stream&quot; must be rgb or flow</source>
        <translation>&quot;stream&quot; muss rgb oder flow sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;classes&quot; must be the number of outputs of the file&apos;s classifier</source>
        <translation>&quot;classes&quot; muss die Anzahl der Ausgaben des Klassifikators der Datei sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;depth&quot; must be 10, 18 or 34</source>
        <translation>&quot;depth&quot; muss 10, 18 oder 34 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;widthMultiplier&quot; must be positive</source>
        <translation>&quot;widthMultiplier&quot; muss positiv sein</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <location filename="../app/cli/ProjectCommands.cpp" line="-1053"/>
        <location line="+523"/>
        <location line="+82"/>
        <source>Cannot change the project %1: %2.</source>
        <translation>Das Projekt %1 kann nicht geändert werden: %2.</translation>
    </message>
    <message>
        <location line="-591"/>
        <source>The project has no videos; add %1 first with &apos;ethoscribe-cli project add-video&apos;.</source>
        <translation>Das Projekt hat keine Videos; fügen Sie zuerst %1 mit &apos;ethoscribe-cli project add-video&apos; hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project has no video %1 (or several videos have that name). Its videos: %2.</source>
        <translation>Das Projekt hat kein Video %1 (oder mehrere Videos tragen diesen Namen). Seine Videos: %2.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Create an empty project file (NAME.ethoproj) with the eight behaviors of Jhuang et al. 2010.</source>
        <translation>Eine leere Projektdatei (NAME.ethoproj) mit den acht Verhaltensweisen aus Jhuang et al. 2010 erstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project file to create.</source>
        <translation>Die zu erstellende Projektdatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with no behaviors.</source>
        <translation>Ohne Verhaltensweisen beginnen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created the project %1.</source>
        <translation>Das Projekt %1 wurde erstellt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add videos to a project (reads their length, frame rate and size).</source>
        <translation>Videos zu einem Projekt hinzufügen (liest ihre Länge, Framerate und Größe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <location line="+133"/>
        <location line="+243"/>
        <location line="+29"/>
        <location line="+195"/>
        <location line="+110"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location line="-788"/>
        <source>Video files to add.</source>
        <translation>Hinzuzufügende Videodateien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source recording the videos belong to (for clips).</source>
        <translation>Ursprüngliche Aufnahme, zu der die Videos gehören (bei Clips).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the added videos as JSON.</source>
        <translation>Die hinzugefügten Videos als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is already in the project (same content); not added again.</source>
        <translation>%1 ist bereits im Projekt (gleicher Inhalt); wird nicht erneut hinzugefügt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added %1: %2 frames at %3 fps, %4x%5, %6.</source>
        <translation>%1 hinzugefügt: %2 Frames mit %3 fps, %4x%5, %6.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Import a label file into the manual track of one annotator of one video (replacing its labels; one undo step in the application).</source>
        <translation>Eine Labeldatei in die manuelle Spur eines Annotators eines Videos importieren (ersetzt deren Labels; ein Rückgängig-Schritt in der Anwendung).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The label file (CSV).</source>
        <translation>Die Labeldatei (CSV).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video the labels are for (as added, or its file name).</source>
        <translation>Das Video, zu dem die Labels gehören (wie hinzugefügt oder sein Dateiname).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto (default), ethoscribe, bouts, boris or deepethogram.</source>
        <translation>auto (Standard), ethoscribe, bouts, boris oder deepethogram.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the manual track (default: imported).</source>
        <translation>Name der manuellen Spur (Standard: imported).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map a behavior name of the file to one of the project (from=to; from= skips it). Repeatable.</source>
        <translation>Einen Verhaltensnamen der Datei einem Verhalten des Projekts zuordnen (von=nach; von= überspringt es). Mehrfach verwendbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+256"/>
        <source>Add behaviors the project does not have.</source>
        <translation>Verhaltensweisen hinzufügen, die das Projekt nicht hat.</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>BORIS: the media file whose events to import.</source>
        <translation>BORIS: die Mediendatei, deren Ereignisse importiert werden sollen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BORIS: the subject whose events to import.</source>
        <translation>BORIS: das Subjekt, dessen Ereignisse importiert werden sollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+254"/>
        <source>Print the outcome as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>--video is required</source>
        <translation>--video ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown format &apos;%1&apos;</source>
        <translation>unbekanntes Format &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+258"/>
        <source>--map needs from=to, got &apos;%1&apos;</source>
        <translation>--map benötigt von=nach, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>--map %1: the project has no behavior &apos;%2&apos;. Its behaviors: %3.</source>
        <translation>--map %1: Das Projekt hat kein Verhalten &apos;%2&apos;. Seine Verhaltensweisen: %3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 names behaviors the project does not have: %2. Map them to project behaviors with --map NAME=BEHAVIOR (project behaviors: %3), skip them with --map NAME=, or add them with --add-unknown. Nothing was imported.</source>
        <translation>%1 nennt Verhaltensweisen, die das Projekt nicht hat: %2. Ordnen Sie sie mit --map NAME=VERHALTEN Verhaltensweisen des Projekts zu (Verhaltensweisen des Projekts: %3), überspringen Sie sie mit --map NAME= oder fügen Sie sie mit --add-unknown hinzu. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported %1 bouts (%2 labeled frames of %3) from %4 (%5) into the track &apos;%6&apos; of %7.</source>
        <translation>%1 Episoden (%2 gelabelte Frames von %3) aus %4 (%5) in die Spur &apos;%6&apos; von %7 importiert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export labels as CSV: OUT/&lt;video name&gt;_ethogram.csv (one row per frame) and OUT/&lt;video name&gt;_bouts.csv (one row per bout), as &apos;analyze&apos; writes them. Videos of the same name in different folders get _2, _3, ... after the name.</source>
        <translation>Labels als CSV exportieren: OUT/&lt;Videoname&gt;_ethogram.csv (eine Zeile pro Frame) und OUT/&lt;Videoname&gt;_bouts.csv (eine Zeile pro Episode), wie &apos;analyze&apos; sie schreibt. Videos gleichen Namens aus verschiedenen Ordnern erhalten _2, _3, ... hinter dem Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder to write to (created if needed).</source>
        <translation>Ordner, in den geschrieben wird (wird bei Bedarf erstellt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+269"/>
        <source>Only this video.</source>
        <translation>Nur dieses Video.</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Track to export: an annotator, a model, model:stream, or fused (the models&apos; fused prediction with the fusion settings saved by the window, as its timeline shows it). Default: the first manual track.</source>
        <translation>Zu exportierende Spur: ein Annotator, ein Modell, Modell:Strom oder fused (die fusionierte Vorhersage der Modelle mit den vom Fenster gespeicherten Fusionseinstellungen, wie seine Zeitleiste sie zeigt). Standard: die erste manuelle Spur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add one probability column per behavior (beside an annotator&apos;s labels: the fused prediction&apos;s).</source>
        <translation>Eine Wahrscheinlichkeitsspalte pro Verhalten hinzufügen (neben den Labels eines Annotators: die der fusionierten Vorhersage).</translation>
    </message>
    <message>
        <location line="+262"/>
        <source>Track: an annotator, a model, model:stream, or fused (the models&apos; fused prediction with the fusion settings saved by the window). Default: the first manual track.</source>
        <translation>Spur: ein Annotator, ein Modell, Modell:Strom oder fused (die fusionierte Vorhersage der Modelle mit den vom Fenster gespeicherten Fusionseinstellungen). Standard: die erste manuelle Spur.</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>The reference track: an annotator, a model, model:stream, or fused (the models&apos; fused prediction with the fusion settings saved by the window). Default: the first manual track.</source>
        <translation>Die Referenzspur: ein Annotator, ein Modell, Modell:Strom oder fused (die fusionierte Vorhersage der Modelle mit den vom Fenster gespeicherten Fusionseinstellungen). Standard: die erste manuelle Spur.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Track to show: an annotator, a model, model:stream, or fused (the models&apos; fused prediction with the fusion settings saved by the window). Default: the first manual track.</source>
        <translation>Anzuzeigende Spur: ein Annotator, ein Modell, Modell:Strom oder fused (die fusionierte Vorhersage der Modelle mit den vom Fenster gespeicherten Fusionseinstellungen). Standard: die erste manuelle Spur.</translation>
    </message>
    <message>
        <location line="-562"/>
        <location line="+132"/>
        <source>--out is required</source>
        <translation>--out ist erforderlich</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>warning: %1 has no track %2; skipped.</source>
        <translation>Warnung: %1 hat keine Spur %2; übersprungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with labels</source>
        <translation>mit Labels</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>warning: %1 has no predictions; exported without probabilities.</source>
        <translation>Warnung: %1 hat keine Vorhersagen; ohne Wahrscheinlichkeiten exportiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note: %1: the models&apos; class &quot;%2&quot; has no behavior of that name (renamed?); its probabilities are in the column p_%2, after the behaviors&apos; columns.</source>
        <translation>Hinweis: %1: Zur Klasse &quot;%2&quot; der Modelle gibt es kein Verhalten dieses Namens (umbenannt?); ihre Wahrscheinlichkeiten stehen in der Spalte p_%2, nach den Spalten der Verhaltensweisen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote %1 and %2 (track &apos;%3&apos;).</source>
        <translation>%1 und %2 geschrieben (Spur &apos;%3&apos;).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to export: no video of the project has a matching label track.</source>
        <translation>Nichts zu exportieren: Kein Video des Projekts hat eine passende Label-Spur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make a project of a folder of behavior clips: files named &lt;recording&gt;_&lt;behavior&gt;_&lt;n&gt;.&lt;ext&gt;, or one sub-folder per behavior. Each clip becomes a video fully labeled with its behavior.</source>
        <translation>Ein Projekt aus einem Ordner mit Verhaltens-Clips erstellen: Dateien namens &lt;Aufnahme&gt;_&lt;Verhalten&gt;_&lt;n&gt;.&lt;ext&gt; oder ein Unterordner pro Verhalten. Jeder Clip wird zu einem Video, das vollständig mit seinem Verhalten gelabelt ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of clips.</source>
        <translation>Der Ordner mit den Clips.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project file (created when it does not exist).</source>
        <translation>Die Projektdatei (wird erstellt, wenn sie nicht existiert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map a clip behavior name to a project behavior (from=to).</source>
        <translation>Einen Verhaltensnamen der Clips einem Verhalten des Projekts zuordnen (von=nach).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the label track (default: clips).</source>
        <translation>Name der Label-Spur (Standard: clips).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Reading clips: %1 / %2</source>
        <translation>Clips werden gelesen: %1 / %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Imported %1 clips from %2 recordings into %3.</source>
        <translation>%1 Clips aus %2 Aufnahmen in %3 importiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>warning: %1 clips of the unknown behavior &apos;%2&apos; were skipped (use --map %2=BEHAVIOR or --add-unknown).</source>
        <translation>Warnung: %1 Clips des unbekannten Verhaltens &apos;%2&apos; wurden übersprungen (verwenden Sie --map %2=VERHALTEN oder --add-unknown).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>warning: skipped %1</source>
        <translation>Warnung: %1 übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No clip was imported.</source>
        <translation>Es wurde kein Clip importiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find videos that were moved or renamed in FOLDER (and its sub-folders) by their content.</source>
        <translation>Videos, die verschoben oder umbenannt wurden, anhand ihres Inhalts in FOLDER (und seinen Unterordnern) finden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to look.</source>
        <translation>Wo gesucht werden soll.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Found %1 at %2.</source>
        <translation>%1 unter %2 gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 missing videos found.</source>
        <translation>%1 von %2 fehlenden Videos gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 videos are still missing.</source>
        <translation>%1 Videos fehlen weiterhin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time budget, bouts and transitions per video.</source>
        <translation>Zeitbudget, Episoden und Übergänge pro Video.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+197"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Also give the statistics in time bins of this many seconds (e.g. 300 for 5-minute bins after an injection); bouts are cut at bin borders and latencies count from each bin&apos;s start.</source>
        <translation>Die Statistik zusätzlich in Zeitabschnitten von so vielen Sekunden angeben (z. B. 300 für 5-Minuten-Abschnitte nach einer Injektion); Episoden werden an den Abschnittsgrenzen geteilt, und Latenzen zählen ab dem Beginn des jeweiligen Abschnitts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also draw the plots into this folder: the ethogram of the videos one above the other, their time budgets, and per video the transition matrix (and, with --bin, behavior over time); each as PNG, PDF and SVG with its numbers as CSV.</source>
        <translation>Die Diagramme zusätzlich in diesen Ordner zeichnen: das Ethogramm der Videos untereinander, ihre Zeitbudgets und pro Video die Übergangsmatrix (und mit --bin das Verhalten im Zeitverlauf); jeweils als PNG, PDF und SVG, mit den zugehörigen Zahlen als CSV.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also write the numbers to this CSV file: one row per video, track, time bin (or &apos;all&apos;) and behavior.</source>
        <translation>Die Zahlen zusätzlich in diese CSV-Datei schreiben: eine Zeile pro Video, Spur, Zeitabschnitt (oder &apos;all&apos;) und Verhalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--bin must be a number of seconds above 0.</source>
        <translation>--bin muss eine Anzahl Sekunden größer als 0 sein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The project has no videos.</source>
        <translation>Das Projekt enthält keine Videos.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (track &apos;%2&apos;): %3 of %4 frames labeled</source>
        <translation>%1 (Spur &apos;%2&apos;): %3 von %4 Frames gelabelt</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+151"/>
        <source>behavior</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+151"/>
        <source>frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% labeled</source>
        <translation>% gelabelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bouts</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean bout s</source>
        <translation>Ø Episode s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first at s</source>
        <translation>Latenz s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>  seconds of each behavior per time bin:</source>
        <translation>  Sekunden jedes Verhaltens pro Zeitabschnitt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bin (s)</source>
        <translation>Abschnitt (s)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Wrote %1 plot files into %2.</source>
        <translation>%1 Diagrammdateien in %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plots skipped: this ethoscribe-cli was built without the GUI (ETHOSCRIBE_BUILD_GUI=OFF).</source>
        <translation>Diagramme übersprungen: Dieses ethoscribe-cli wurde ohne GUI erstellt (ETHOSCRIBE_BUILD_GUI=OFF).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How well two tracks of a video agree (two annotators, or a model against the manual labels), on the frames labeled in both: accuracy, Cohen&apos;s kappa, precision, recall and F1 per behavior, and the confusion matrix.</source>
        <translation>Wie gut zwei Spuren eines Videos übereinstimmen (zwei Annotatoren oder ein Modell im Vergleich zu den manuellen Labels), auf den Frames, die in beiden gelabelt sind: Genauigkeit, Cohens Kappa, Präzision, Recall und F1 pro Verhalten sowie die Konfusionsmatrix.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+110"/>
        <source>The video (name or path).</source>
        <translation>Das Video (Name oder Pfad).</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+110"/>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+2"/>
        <location line="+109"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>The track compared with it.</source>
        <translation>Die Spur, die damit verglichen wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the video with --video and the track to compare with --compare.</source>
        <translation>Geben Sie das Video mit --video und die zu vergleichende Spur mit --compare an.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+123"/>
        <source>The video %1 has no track %2. Its tracks: %3.</source>
        <translation>Das Video %1 hat keine Spur %2. Seine Spuren: %3.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>%1: &apos;%2&apos; against the reference &apos;%3&apos;, on %4 frames labeled in both</source>
        <translation>%1: &apos;%2&apos; im Vergleich zur Referenz &apos;%3&apos;, auf %4 in beiden gelabelten Frames</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No frame is labeled in both tracks: there is nothing to compare.</source>
        <translation>Kein Frame ist in beiden Spuren gelabelt: Es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accuracy %1%, Cohen&apos;s kappa %2, macro F1 %3</source>
        <translation>Genauigkeit %1%, Cohens Kappa %2, Makro-F1 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  confusion matrix (frames; rows: reference, columns: compared):</source>
        <translation>  Konfusionsmatrix (Frames; Zeilen: Referenz, Spalten: Vergleich):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Writes a video of a project with the behavior of each frame written in its colour at the top left and a moving ethogram strip along the bottom (H.264), for talks and papers. Ctrl+C stops it and leaves no file.</source>
        <translation>Schreibt ein Video eines Projekts, in dem das Verhalten jedes Frames oben links in seiner Farbe steht und unten ein mitlaufender Ethogramm-Streifen zu sehen ist (H.264), für Vorträge und Veröffentlichungen. Strg+C bricht ab und hinterlässt keine Datei.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The video file to write (.mp4).</source>
        <translation>Die zu schreibende Videodatei (.mp4).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at this time (seconds).</source>
        <translation>Bei dieser Zeit beginnen (Sekunden).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>End at this time (seconds).</source>
        <translation>Bei dieser Zeit enden (Sekunden).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds shown by the ethogram strip (default 20).</source>
        <translation>Vom Ethogramm-Streifen gezeigte Sekunden (Standard 20).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the video with --video and the file with --out.</source>
        <translation>Geben Sie das Video mit --video und die Datei mit --out an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--from, --to and --strip must be seconds (--to after --from).</source>
        <translation>--from, --to und --strip müssen Sekunden sein (--to nach --from).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>export-video: %1 of %2 frames (%3%)</source>
        <translation>export-video: %1 von %2 Frames (%3%)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote %1 (track &apos;%2&apos;).</source>
        <translation>%1 geschrieben (Spur &apos;%2&apos;).</translation>
    </message>
</context>
<context>
    <name>ProjectDatabase</name>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="+41"/>
        <source>another program is using the project file; close it and try again</source>
        <translation>ein anderes Programm verwendet die Projektdatei; schließen Sie es und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project file cannot be written (it is read-only or on a read-only disk)</source>
        <translation>die Projektdatei kann nicht geschrieben werden (sie ist schreibgeschützt oder liegt auf einem schreibgeschützten Datenträger)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk could not be read or written (is it full? is it still connected?)</source>
        <translation>der Datenträger konnte nicht gelesen oder beschrieben werden (ist er voll? ist er noch angeschlossen?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is damaged or is not an Ethoscribe project</source>
        <translation>die Datei ist beschädigt oder kein Ethoscribe-Projekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full; free some space and try again</source>
        <translation>der Datenträger ist voll; geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be opened (check that the folder exists and that you may write in it)</source>
        <translation>die Datei kann nicht geöffnet werden (prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>start a change</source>
        <translation>eine Änderung zu beginnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An earlier part of this change could not be saved.</source>
        <translation>Ein früherer Teil dieser Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>start reading</source>
        <translation>das Lesen zu beginnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>save the change</source>
        <translation>die Änderung zu speichern</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+768"/>
        <source>Could not %1 in the project %2: %3.</source>
        <translation>Im Projekt %2 war es nicht möglich, %1: %3.</translation>
    </message>
    <message>
        <location line="-761"/>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project %1 is open read-only (%2), so this change cannot be saved.</source>
        <translation>Das Projekt %1 ist schreibgeschützt geöffnet (%2), daher kann diese Änderung nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>prepare a database request</source>
        <translation>eine Datenbankabfrage vorzubereiten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot create the project %1: a file with this name already exists. Choose another name or open the existing project.</source>
        <translation>Das Projekt %1 kann nicht erstellt werden: Es gibt bereits eine Datei mit diesem Namen. Wählen Sie einen anderen Namen oder öffnen Sie das vorhandene Projekt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project %1 does not exist. Check the path.</source>
        <translation>Das Projekt %1 existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not an Ethoscribe project file.</source>
        <translation>%1 ist ein Ordner, keine Ethoscribe-Projektdatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the project %1: the folder %2 does not exist.</source>
        <translation>Das Projekt %1 kann nicht erstellt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opened read-only on request</source>
        <translation>es wurde auf Wunsch schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is already open in another Ethoscribe window or program (process %1 on %2); close it there to edit it here</source>
        <translation>es ist bereits in einem anderen Ethoscribe-Fenster oder Programm geöffnet (Prozess %1 auf %2); schließen Sie es dort, um es hier zu bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you may not write in the folder %1</source>
        <translation>Sie dürfen im Ordner %1 nicht schreiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is write-protected</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the project %1: %2.</source>
        <translation>Das Projekt %1 kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The project %1 holds edits that were not merged into it yet (the program that made them stopped before it could), and its folder %2 cannot be written, so they cannot be merged here. Open the project once where its folder can be written (or copy the folder, with its -wal file, to a place you can write), then open it here again.</source>
        <translation>Das Projekt %1 enthält Änderungen, die noch nicht in die Datei übernommen wurden (das Programm, das sie gemacht hat, wurde vorher beendet), und in seinen Ordner %2 kann nicht geschrieben werden, daher können sie hier nicht übernommen werden. Öffnen Sie das Projekt einmal dort, wo sein Ordner beschreibbar ist (oder kopieren Sie den Ordner samt der -wal-Datei an einen Ort, an dem Sie schreiben dürfen), und öffnen Sie es dann hier erneut.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+9"/>
        <location line="+29"/>
        <source>Could not open the project %1: %2.</source>
        <translation>Das Projekt %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 is not an Ethoscribe project.</source>
        <translation>%1 ist kein Ethoscribe-Projekt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project %1 was saved by a newer version of Ethoscribe (project format %2; this version reads formats up to %3). Install a newer Ethoscribe to open it. The file was not changed.</source>
        <translation>Das Projekt %1 wurde mit einer neueren Version von Ethoscribe gespeichert (Projektformat %2; diese Version liest Formate bis %3). Installieren Sie eine neuere Version von Ethoscribe, um es zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The project %1 was saved by an older version of Ethoscribe and must be updated, which is impossible because %2.</source>
        <translation>Das Projekt %1 wurde mit einer älteren Version von Ethoscribe gespeichert und muss aktualisiert werden. Das ist nicht möglich, denn %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not prepare the project %1: %2.</source>
        <translation>Das Projekt %1 konnte nicht vorbereitet werden: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not open the project %1: %2</source>
        <translation>Das Projekt %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>add the video %1</source>
        <translation>das Video %1 hinzuzufügen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>update the video %1</source>
        <translation>das Video %1 zu aktualisieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>remove a video</source>
        <translation>ein Video zu entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the list of videos</source>
        <translation>die Liste der Videos zu lesen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>read a video</source>
        <translation>ein Video zu lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project %1 has no video number %2.</source>
        <translation>Das Projekt %1 hat kein Video mit der Nummer %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>read the behaviors</source>
        <translation>die Verhaltensweisen zu lesen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>change the behaviors</source>
        <translation>die Verhaltensweisen zu ändern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>save the behavior %1</source>
        <translation>das Verhalten %1 zu speichern</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>add a label track</source>
        <translation>eine Label-Spur hinzuzufügen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>change a label track</source>
        <translation>eine Label-Spur zu ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>remove a label track</source>
        <translation>eine Label-Spur zu entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>read the label tracks</source>
        <translation>die Label-Spuren zu lesen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>read a label track</source>
        <translation>eine Label-Spur zu lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project %1 has no label track number %2.</source>
        <translation>Das Projekt %1 hat keine Label-Spur mit der Nummer %2.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>read labels</source>
        <translation>Labels zu lesen</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+14"/>
        <source>save labels</source>
        <translation>Labels zu speichern</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+72"/>
        <location line="+10"/>
        <source>read predictions</source>
        <translation>Vorhersagen zu lesen</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+13"/>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+11"/>
        <source>save predictions</source>
        <translation>Vorhersagen zu speichern</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>These predictions have %1 behaviors, the stored ones of this track %2.</source>
        <translation>Diese Vorhersagen haben %1 Verhaltensweisen, die gespeicherten dieser Spur %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No predictions were given.</source>
        <translation>Es wurden keine Vorhersagen übergeben.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>register the model %1</source>
        <translation>das Modell %1 zu registrieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>remove a model</source>
        <translation>ein Modell zu entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the models</source>
        <translation>die Modelle zu lesen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>save a cross-validation run</source>
        <translation>einen Kreuzvalidierungslauf zu speichern</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>save the results of fold %1</source>
        <translation>die Ergebnisse von Fold %1 zu speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>read the cross-validation runs</source>
        <translation>die Kreuzvalidierungsläufe zu lesen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>read cross-validation results</source>
        <translation>Kreuzvalidierungsergebnisse zu lesen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>save the setting %1</source>
        <translation>die Einstellung %1 zu speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>read the setting %1</source>
        <translation>die Einstellung %1 zu lesen</translation>
    </message>
</context>
<context>
    <name>ProjectFusion</name>
    <message>
        <location filename="../core/project/ProjectFusion.cpp" line="+180"/>
        <source>Cannot create the folder %1. Choose a folder you can write to.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot read the predictions of %1: %2</source>
        <translation>Die Vorhersagen von %1 können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <location filename="../core/project/ProjectSchema.cpp" line="+194"/>
        <source>Could not start updating the project file: %1</source>
        <translation>Die Aktualisierung der Projektdatei konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the stored data could not be converted</source>
        <translation>die gespeicherten Daten konnten nicht umgewandelt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not update the project file to version %1 (%2): %3. The file was left unchanged.</source>
        <translation>Die Projektdatei konnte nicht auf Version %1 aktualisiert werden (%2): %3. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save the updated project file: %1</source>
        <translation>Die aktualisierte Projektdatei konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ProjectStatistics</name>
    <message>
        <location filename="../core/stats/ProjectStatistics.cpp" line="+142"/>
        <source>The frame rate of %1 is unknown, so it cannot be cut into time bins.</source>
        <translation>Die Framerate von %1 ist unbekannt, daher ist keine Einteilung in Zeitabschnitte möglich.</translation>
    </message>
</context>
<context>
    <name>ProxyVideo</name>
    <message>
        <location filename="../core/video/ProxyVideo.cpp" line="+131"/>
        <source>Cannot create the folder %1 for the scrubbing copy of %2.</source>
        <translation>Der Ordner %1 für die Vorschaukopie von %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Making the scrubbing copy of %1 was cancelled.</source>
        <translation>Das Anlegen der Vorschaukopie von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not save the scrubbing copy %1.</source>
        <translation>Die Vorschaukopie %1 konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../ui/tasks/ProgressTask.h" line="+71"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
</context>
<context>
    <name>RecolorBehaviorCommand</name>
    <message>
        <location filename="../core/project/commands/RecolorBehaviorCommand.cpp" line="+13"/>
        <source>Change behavior colour</source>
        <translation>Farbe des Verhaltens ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This behavior or colour does not exist.</source>
        <translation>Dieses Verhalten oder diese Farbe existiert nicht.</translation>
    </message>
</context>
<context>
    <name>RemoveBehaviorCommand</name>
    <message>
        <location filename="../core/project/commands/RemoveBehaviorCommand.cpp" line="+14"/>
        <source>Remove behavior</source>
        <translation>Verhalten entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no behavior number %1 in this project.</source>
        <translation>In diesem Projekt gibt es kein Verhalten mit der Nummer %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose another existing behavior (or unlabeled) for the frames of the behavior you remove.</source>
        <translation>Wählen Sie ein anderes vorhandenes Verhalten (oder ungelabelt) für die Frames des Verhaltens, das Sie entfernen.</translation>
    </message>
</context>
<context>
    <name>RenameBehaviorCommand</name>
    <message>
        <location filename="../core/project/commands/RenameBehaviorCommand.cpp" line="+10"/>
        <source>Rename behavior</source>
        <translation>Verhalten umbenennen</translation>
    </message>
</context>
<context>
    <name>RunFolder</name>
    <message>
        <location filename="../core/cv/RunFolder.cpp" line="+29"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is damaged (%2).</source>
        <translation>%1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not write %1 (is the disk full?): %2</source>
        <translation>%1 konnte nicht geschrieben werden (ist der Datenträger voll?): %2</translation>
    </message>
</context>
<context>
    <name>RunMonitor</name>
    <message>
        <location filename="../core/cv/RunMonitor.cpp" line="+66"/>
        <source>The run ended before it began, without a word.</source>
        <translation>Der Lauf endete, bevor er begonnen hatte, ohne jede Meldung.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The run stopped without finishing: its process ended without saying why (was it killed, or out of memory?). Resume it to continue from its last checkpoint.</source>
        <translation>Der Lauf wurde abgebrochen, ohne fertig zu werden: Sein Prozess endete ohne Angabe von Gründen (wurde er beendet, oder war der Speicher voll?). Setzen Sie ihn fort, um ab seinem letzten Checkpoint weiterzumachen.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <location filename="../app/cli/RunReport.cpp" line="+38"/>
        <source>The run folder %1 has no predictions folder; cross-validation writes one predictions/&lt;video&gt;.csv per held-out recording.</source>
        <translation>Der Lauf-Ordner %1 hat keinen Ordner predictions; die Kreuzvalidierung schreibt eine Datei predictions/&lt;video&gt;.csv pro ausgelassener Aufnahme.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rgb %1</source>
        <translation>RGB %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>best rgb weight</source>
        <translation>bestes RGB-Gewicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rgb 1.0 is the RGB stream alone, rgb 0.0 the optical-flow stream alone; &apos;-&apos;: not evaluated.</source>
        <translation>RGB 1.0 ist der RGB-Strom allein, RGB 0.0 der Fluss-Strom (optischer Fluss) allein; &apos;-&apos;: nicht ausgewertet.</translation>
    </message>
</context>
<context>
    <name>RunResultsDialog</name>
    <message>
        <location filename="../ui/training/RunResultsDialog.cpp" line="+35"/>
        <source>The folder of this run is missing (moved or deleted): %1</source>
        <translation>Der Ordner dieses Laufs fehlt (verschoben oder gelöscht): %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This run has no summary.json: it did not finish, or its folder was changed.</source>
        <translation>Dieser Lauf hat keine summary.json: Er wurde nicht abgeschlossen, oder sein Ordner wurde verändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The summary.json of this run is damaged (%1).</source>
        <translation>Die summary.json dieses Laufs ist beschädigt (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The summary.json of this run has no evaluation: the run did not finish its evaluation.</source>
        <translation>Die summary.json dieses Laufs enthält keine Auswertung: Der Lauf hat seine Auswertung nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>RunsEvaluateCommand</name>
    <message>
        <location filename="../app/cli/RunsEvaluateCommand.cpp" line="-98"/>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is damaged (%2), so the evaluation was not added to it.</source>
        <translation>%1 ist beschädigt (%2), daher wurde die Auswertung nicht hinzugefügt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Evaluates a cross-validation run: reads RUN_DIR/predictions/*.csv (and RUN_DIR/losses.csv when present) and writes fusion_sweep.csv, per_behavior.csv, confusion_&lt;model&gt;_&lt;rgb_weight&gt;.csv and plots/ (PNG, PDF, SVG) into RUN_DIR, and the evaluation into RUN_DIR/summary.json. Accuracy counts labeled frames only.</source>
        <translation>Wertet einen Kreuzvalidierungslauf aus: liest RUN_DIR/predictions/*.csv (und RUN_DIR/losses.csv, falls vorhanden), schreibt fusion_sweep.csv, per_behavior.csv, confusion_&lt;model&gt;_&lt;rgb_weight&gt;.csv und plots/ (PNG, PDF, SVG) nach RUN_DIR und die Auswertung in RUN_DIR/summary.json. Die Genauigkeit zählt nur gelabelte Frames.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run folder.</source>
        <translation>Der Lauf-Ordner.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RUN_DIR</source>
        <translation>RUN_DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the evaluation as JSON.</source>
        <translation>Die Auswertung als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not draw the plots.</source>
        <translation>Keine Diagramme zeichnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The run folder %1 does not exist.</source>
        <translation>Der Lauf-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a folder; give the folder of a cross-validation run.</source>
        <translation>%1 ist kein Ordner; geben Sie den Ordner eines Kreuzvalidierungslaufs an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>plots skipped: this ethoscribe-cli was built without the GUI (ETHOSCRIBE_BUILD_GUI=OFF).</source>
        <translation>Diagramme übersprungen: Dieses ethoscribe-cli wurde ohne GUI erstellt (ETHOSCRIBE_BUILD_GUI=OFF).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2 recordings, %3 folds, %4 labeled frames, %5 behaviors.</source>
        <translation>%1: %2 Aufnahmen, %3 Folds, %4 gelabelte Frames, %5 Verhaltensweisen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1 report files%2 and summary.json in %3.</source>
        <translation>%1 Berichtsdateien%2 und summary.json in %3 geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and %1 plot files in plots/</source>
        <translation> sowie %1 Diagrammdateien in plots/</translation>
    </message>
</context>
<context>
    <name>SafeTensors</name>
    <message>
        <location filename="../models/weights/SafeTensors.cpp" line="+64"/>
        <source>&apos;%1&apos; is not a valid safetensors weights file: %2.</source>
        <translation>&apos;%1&apos; ist keine gültige safetensors-Gewichtsdatei: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open &apos;%1&apos;: %2.</source>
        <translation>&apos;%1&apos; kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is shorter than its header</source>
        <translation>die Datei ist kürzer als ihr Header</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the header length is not plausible</source>
        <translation>die Länge des Headers ist nicht plausibel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file ends inside the header</source>
        <translation>die Datei endet innerhalb des Headers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the header is not a JSON object</source>
        <translation>der Header ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>tensor &apos;%1&apos; has the unsupported type &apos;%2&apos;</source>
        <translation>Tensor &apos;%1&apos; hat den nicht unterstützten Typ &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tensor &apos;%1&apos; has no shape</source>
        <translation>Tensor &apos;%1&apos; hat keine Form</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tensor &apos;%1&apos; has an invalid shape</source>
        <translation>Tensor &apos;%1&apos; hat eine ungültige Form</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tensor &apos;%1&apos; has no data offsets</source>
        <translation>Tensor &apos;%1&apos; hat keine Daten-Offsets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the data of tensor &apos;%1&apos; lies outside the file</source>
        <translation>die Daten von Tensor &apos;%1&apos; liegen außerhalb der Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data of tensor &apos;%1&apos; does not match its shape</source>
        <translation>die Daten von Tensor &apos;%1&apos; passen nicht zu seiner Form</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot read tensor &apos;%1&apos; from &apos;%2&apos;: %3.</source>
        <translation>Tensor &apos;%1&apos; kann nicht aus &apos;%2&apos; gelesen werden: %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a valid safetensors weights file: tensor &apos;%2&apos; appears twice.</source>
        <translation>&apos;%1&apos; ist keine gültige safetensors-Gewichtsdatei: Tensor &apos;%2&apos; kommt zweimal vor.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot write tensor &apos;%1&apos;: its element type is not supported by safetensors.</source>
        <translation>Tensor &apos;%1&apos; kann nicht geschrieben werden: Sein Elementtyp wird von safetensors nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write &apos;%1&apos;: the disk is full (%2 MB free, the file needs %3 MB). Free some space, then try again.</source>
        <translation>„%1“ kann nicht geschrieben werden: Der Datenträger ist voll (%2 MB frei, die Datei braucht %3 MB). Schaffen Sie Platz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write &apos;%1&apos;: %2. Check that the disk is not full and that the folder is writable.</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2. Prüfen Sie, ob der Datenträger voll ist und ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <location filename="../core/net/Sha256.cpp" line="+15"/>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a SHA-256 starting with %1</source>
        <translation>SHA-256 beginnend mit %1</translation>
    </message>
</context>
<context>
    <name>Slurm</name>
    <message>
        <location filename="../core/cluster/Slurm.cpp" line="+183"/>
        <source>waiting for the optical flow tasks to finish</source>
        <translation>wartet darauf, dass die Tasks für den optischen Fluss fertig werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>will never start: an optical flow task it needs failed</source>
        <translation>wird nie starten: Ein benötigter Task für den optischen Fluss ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for a free node</source>
        <translation>wartet auf einen freien Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting: the partition is not available (%1)</source>
        <translation>wartet: Die Partition ist nicht verfügbar (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held (release it with scontrol release)</source>
        <translation>angehalten (mit scontrol release freigeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting (%1)</source>
        <translation>wartet (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended normally</source>
        <translation>normal beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped by the scheduler at its time limit: resubmit it with more time (--time)</source>
        <translation>vom Scheduler am Zeitlimit gestoppt: mit mehr Zeit erneut einreichen (--time)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped by the scheduler: it ran out of memory; resubmit it with more memory (--mem)</source>
        <translation>vom Scheduler gestoppt, weil der Speicher nicht reichte: mit mehr Speicher erneut einreichen (--mem)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled by the scheduler because an optical flow task it needs failed</source>
        <translation>vom Scheduler abgebrochen, weil ein benötigter Task für den optischen Fluss fehlgeschlagen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled (with scancel, or by an administrator)</source>
        <translation>abgebrochen (mit scancel oder von einem Administrator)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its node failed</source>
        <translation>sein Knoten ist ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its node could not be started</source>
        <translation>sein Knoten konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preempted by a job of higher priority</source>
        <translation>von einem Job mit höherer Priorität verdrängt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped at its deadline</source>
        <translation>an seiner Deadline gestoppt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed (exit code %1)</source>
        <translation>fehlgeschlagen (Exit-Code %1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was not found on the PATH</source>
        <translation>%1 wurde im PATH nicht gefunden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The cluster refused the job: %1</source>
        <translation>Der Cluster hat den Job abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;sinfo&apos; lists the partitions of this cluster.</source>
        <translation>&apos;sinfo&apos; listet die Partitionen dieses Clusters auf.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The scheduler could not be asked (%1).</source>
        <translation>Der Scheduler konnte nicht abgefragt werden (%1).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>scancel failed: %1</source>
        <translation>scancel ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>SplitBoutCommand</name>
    <message>
        <location filename="../core/project/commands/SplitBoutCommand.cpp" line="+16"/>
        <source>Split bout</source>
        <translation>Episode teilen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Frame %1 is not inside a labeled bout, so there is nothing to split there.</source>
        <translation>Frame %1 liegt in keiner gelabelten Episode, daher gibt es dort nichts zu teilen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Both parts of a split bout need different behaviors.</source>
        <translation>Die beiden Teile einer geteilten Episode brauchen verschiedene Verhaltensweisen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no behavior number %1 in this project.</source>
        <translation>In diesem Projekt gibt es kein Verhalten mit der Nummer %1.</translation>
    </message>
</context>
<context>
    <name>StatisticsPlots</name>
    <message>
        <location filename="../ui/plots/StatisticsPlots.cpp" line="+72"/>
        <source>Ethogram</source>
        <translation>Ethogramm</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time budget (% of labeled time)</source>
        <translation>Zeitbudget (% der gelabelten Zeit)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>% of labeled time</source>
        <translation>% der gelabelten Zeit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: behavior over time</source>
        <translation>%1: Verhalten im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start of the time bin (s)</source>
        <translation>Beginn des Zeitabschnitts (s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds in the bin</source>
        <translation>Sekunden im Abschnitt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transition probabilities (row: from, column: to)</source>
        <translation>Übergangswahrscheinlichkeiten (Zeile: von, Spalte: nach)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not create the folder %1 (is it read-only?).</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden (ist er schreibgeschützt?).</translation>
    </message>
</context>
<context>
    <name>SynthCommand</name>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="-161"/>
        <source>Writes synthetic side-view home-cage videos of a mouse with known per-frame behavior labels: DIR/video01.mp4 ... and DIR/video01.csv ... (columns frame,time_s,behavior; frames are 0-based).</source>
        <translation>Schreibt synthetische Heimkäfig-Videos einer Maus in Seitenansicht mit bekannten Verhaltenslabels pro Frame: DIR/video01.mp4 ... und DIR/video01.csv ... (Spalten frame,time_s,behavior; Frames werden ab 0 gezählt).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder to write the videos and labels to (created if needed).</source>
        <translation>Ordner, in den die Videos und Labels geschrieben werden (wird bei Bedarf erstellt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of videos (default 12).</source>
        <translation>Anzahl der Videos (Standard 12).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+18"/>
        <location line="+11"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Length of each video in seconds (default 60).</source>
        <translation>Länge jedes Videos in Sekunden (Standard 60).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Random seed; the same seed gives the same files (default 1).</source>
        <translation>Zufalls-Seed; derselbe Seed ergibt dieselben Dateien (Standard 1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>0 (easy) to 1 (hard pairs such as drink/eat look alike; default 0.5).</source>
        <translation>0 (leicht) bis 1 (schwer: Paare wie Trinken/Fressen sehen sich ähnlich; Standard 0.5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frame width (default 320).</source>
        <translation>Frame-Breite (Standard 320).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>PX</source>
        <translation>PX</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Frame height (default 240).</source>
        <translation>Frame-Höhe (Standard 240).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frames per second (default 30).</source>
        <translation>Frames pro Sekunde (Standard 30).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Video codec: h264 (default, .mp4), mpeg4, mjpeg, mpeg1video, ffv1.</source>
        <translation>Video-Codec: h264 (Standard, .mp4), mpeg4, mjpeg, mpeg1video, ffv1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Videos encoded in parallel (default 0 = one per CPU core); does not change the output.</source>
        <translation>Parallel kodierte Videos (Standard 0 = eines pro CPU-Kern); ändert die Ausgabe nicht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the output folder with --out DIR.</source>
        <translation>Geben Sie den Ausgabeordner mit --out DIR an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 needs a whole number, not &apos;%2&apos;.</source>
        <translation>--%1 braucht eine ganze Zahl, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 needs a number such as 0.5, not &apos;%2&apos;.</source>
        <translation>--%1 braucht eine Zahl wie 0.5, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--seed needs a whole number from 0 up, not &apos;%1&apos;.</source>
        <translation>--seed braucht eine ganze Zahl ab 0, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>synth: writing %1 videos of %2 s (%3 frames) to %4</source>
        <translation>synth: schreibe %1 Videos zu je %2 s (%3 Frames) nach %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>synth: %1/%2 frames (%3%)</source>
        <translation>synth: %1/%2 Frames (%3%)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrote %1 videos (%2 s each, %3 frames in all) and their per-frame labels to %4 in %5 s (%6 frames/s).</source>
        <translation>%1 Videos (je %2 s, insgesamt %3 Frames) und ihre Labels pro Frame in %5 s nach %4 geschrieben (%6 Frames/s).</translation>
    </message>
</context>
<context>
    <name>SyntheticCage</name>
    <message>
        <location filename="../core/synth/SyntheticCageOptions.cpp" line="+19"/>
        <source>The frame size %1x%2 is not usable: width and height must be even, at least 64x48 and at most 4096x4096.</source>
        <translation>Die Frame-Größe %1x%2 ist nicht verwendbar: Breite und Höhe müssen gerade sein, mindestens 64x48 und höchstens 4096x4096.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The frame rate %1 is not usable: use 1 to 240 frames per second.</source>
        <translation>Die Framerate %1 ist nicht verwendbar: Verwenden Sie 1 bis 240 Frames pro Sekunde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The length %1 s is not usable: use more than one frame and at most 24 hours.</source>
        <translation>Die Länge %1 s ist nicht verwendbar: Verwenden Sie mehr als einen Frame und höchstens 24 Stunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The difficulty %1 is not usable: use a number from 0 (easy) to 1 (hard).</source>
        <translation>Der Schwierigkeitsgrad %1 ist nicht verwendbar: Verwenden Sie eine Zahl von 0 (leicht) bis 1 (schwer).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video index must not be negative.</source>
        <translation>Der Videoindex darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>SyntheticDataset</name>
    <message>
        <location filename="../core/synth/SyntheticDataset.cpp" line="+48"/>
        <source>The number of videos %1 is not usable: use 1 to 9999.</source>
        <translation>Die Anzahl der Videos %1 ist nicht verwendbar: Verwenden Sie 1 bis 9999.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No video codec was given: use h264, mpeg4, mjpeg, mpeg1video or ffv1.</source>
        <translation>Es wurde kein Video-Codec angegeben: Verwenden Sie h264, mpeg4, mjpeg, mpeg1video oder ffv1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number of threads must not be negative (0 = one per CPU core).</source>
        <translation>Die Anzahl der Threads darf nicht negativ sein (0 = einer pro CPU-Kern).</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No output folder was given for the synthetic videos.</source>
        <translation>Für die synthetischen Videos wurde kein Ausgabeordner angegeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not create the folder %1 for the synthetic videos. Check that its parent folder exists and that you may write there, or choose another folder.</source>
        <translation>Der Ordner %1 für die synthetischen Videos konnte nicht erstellt werden. Prüfen Sie, ob sein übergeordneter Ordner existiert und ob Sie dort schreiben dürfen, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder %1 is not writable. Choose another folder for the synthetic videos or change its permissions.</source>
        <translation>Der Ordner %1 ist nicht beschreibbar. Wählen Sie einen anderen Ordner für die synthetischen Videos oder ändern Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Could not write the labels file %1: %2. Check the free disk space and the permissions of the folder.</source>
        <translation>Die Label-Datei %1 konnte nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Generating the synthetic videos was cancelled; the videos finished so far are in %1.</source>
        <translation>Das Erzeugen der synthetischen Videos wurde abgebrochen; die bisher fertigen Videos liegen in %1.</translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message>
        <location filename="../core/common/TimeLeft.cpp" line="+61"/>
        <source>less than a minute left</source>
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>noch etwa %n Stunde</numerusform>
            <numerusform>noch etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n hour(s) %1 minutes left</source>
        <translation>
            <numerusform>noch etwa %n Stunde %1 Minuten</numerusform>
            <numerusform>noch etwa %n Stunden %1 Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <location filename="../models/training/Trainer.cpp" line="+212"/>
        <source>The starting weights are a %1 model for %2 input channels; this training needs %3 with %4 (%5 stream).</source>
        <translation>Die Startgewichte gehören zu einem %1-Modell für %2 Eingangskanäle; dieses Training braucht %3 mit %4 Eingangskanälen (%5-Strom).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The starting weights lack &apos;%1&apos; or give it another shape; they do not fit this network.</source>
        <translation>Den Startgewichten fehlt &apos;%1&apos;, oder sie geben ihm eine andere Form; sie passen nicht zu diesem Netz.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no labeled frame to train on.</source>
        <translation>Es gibt keinen gelabelten Frame, mit dem trainiert werden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training only the classifier needs the backbone&apos;s features.</source>
        <translation>Um nur den Klassifikator zu trainieren, werden die Merkmale des Backbones benötigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 holds a model trained with other settings or data. Use another folder, or delete it to train again.</source>
        <translation>%1 enthält ein Modell, das mit anderen Einstellungen oder Daten trainiert wurde. Verwenden Sie einen anderen Ordner, oder löschen Sie ihn, um erneut zu trainieren.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is the checkpoint of a training with other settings or data. Use another folder, or delete it to start again.</source>
        <translation>%1 ist der Checkpoint eines Trainings mit anderen Einstellungen oder Daten. Verwenden Sie einen anderen Ordner, oder löschen Sie ihn, um neu zu beginnen.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Training was cancelled at step %1 of %2; run the same command again to resume.</source>
        <translation>Das Training wurde bei Schritt %1 von %2 abgebrochen; führen Sie denselben Befehl erneut aus, um es fortzusetzen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Training diverged at step %1 (the loss is not a number). Try a smaller learning rate.</source>
        <translation>Das Training ist bei Schritt %1 divergiert (der Loss ist keine Zahl). Versuchen Sie eine kleinere Lernrate.</translation>
    </message>
</context>
<context>
    <name>TrainingCommands</name>
    <message>
        <location filename="../app/cli/TrainingCommands.cpp" line="-591"/>
        <source>Network size: small (default; a quarter of the channels, 56 px crops, trains from scratch on a CPU in minutes) or full (the paper&apos;s networks; pretrained weights fit them).</source>
        <translation>Netzgröße: small (Standard; ein Viertel der Kanäle, Ausschnitte von 56 px, trainiert auf einer CPU in Minuten von Grund auf) oder full (die Netze aus dem Paper; vortrainierte Gewichte passen zu ihnen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>small|full</source>
        <translation>small|full</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is trained: all (default), top (the last block and the classifier) or head (only the classifier, on features of the frozen backbone that are computed once per video and cached).</source>
        <translation>Was trainiert wird: all (Standard), top (der letzte Block und der Klassifikator) oder head (nur der Klassifikator, auf Merkmalen des eingefrorenen Backbones, die einmal pro Video berechnet und im Cache gespeichert werden).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all|top|head</source>
        <translation>all|top|head</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting weights: an Ethoscribe model file (see &apos;model import&apos; and &apos;model fetch&apos;). For several networks or streams give MODEL/STREAM=FILE, e.g. i3d/flow=i3d_flow.safetensors; may be repeated. Default: random weights.</source>
        <translation>Startgewichte: eine Ethoscribe-Modelldatei (siehe &apos;model import&apos; und &apos;model fetch&apos;). Für mehrere Netze oder Ströme MODEL/STREAM=FILE angeben, z. B. i3d/flow=i3d_flow.safetensors; kann wiederholt werden. Standard: zufällige Gewichte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+2"/>
        <location line="+33"/>
        <location line="+4"/>
        <location line="+7"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Clips per step (default 8).</source>
        <translation>Clips pro Schritt (Standard 8).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network width multiplier (default: 0.25 small, 1 full); smaller is faster and less accurate.</source>
        <translation>Breitenfaktor des Netzes (Standard: 0.25 bei small, 1 bei full); kleiner ist schneller und weniger genau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crop size in pixels (default: 56 small; 224 I3D and 112 R(2+1)D full); frames are resized to 8/7 of it first.</source>
        <translation>Ausschnittgröße in Pixeln (Standard: 56 bei small; 224 für I3D und 112 für R(2+1)D bei full); die Frames werden zuvor auf 8/7 davon skaliert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>SGD steps per network (default: 600 small, 2000 full or with --tune head).</source>
        <translation>SGD-Schritte pro Netz (Standard: 600 bei small, 2000 bei full oder mit --tune head).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Initial learning rate (default: 0.02 small, 0.001 full as in the paper, 0.5 with --tune head); it decays exponentially to --lr-end.</source>
        <translation>Anfängliche Lernrate (Standard: 0.02 bei small, 0.001 bei full wie im Paper, 0.5 mit --tune head); sie fällt exponentiell bis --lr-end.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Final learning rate (default: 0.001 small, 0.00005 full, 0.02 with --tune head).</source>
        <translation>Endgültige Lernrate (Standard: 0.001 bei small, 0.00005 bei full, 0.02 mit --tune head).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How held-out frames are predicted (and, with --tune head, features computed): paper (default: one 16-frame window per frame) or dense (one pass per segment, outputs every 8 frames blended in between: several times faster).</source>
        <translation>Wie ausgelassene Frames vorhergesagt (und mit --tune head Merkmale berechnet) werden: paper (Standard: ein 16-Frame-Fenster pro Frame) oder dense (ein Durchlauf pro Segment, Ausgaben alle 8 Frames, dazwischen überblendet: um ein Mehrfaches schneller).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paper|dense</source>
        <translation>paper|dense</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw every behavior equally often (rare behaviors such as drinking are otherwise seen far less).</source>
        <translation>Jedes Verhalten gleich oft ziehen (seltene Verhaltensweisen wie Trinken werden sonst viel seltener gesehen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight the loss by inverse behavior frequency.</source>
        <translation>Den Loss mit der inversen Häufigkeit der Verhaltensweisen gewichten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 1): the same seed gives the same models.</source>
        <translation>Zufalls-Seed (Standard 1): Derselbe Seed ergibt dieselben Modelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps between checkpoints (default 200).</source>
        <translation>Schritte zwischen Checkpoints (Standard 200).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learn from this annotator&apos;s labels (default: the most complete manual track of each video).</source>
        <translation>Von den Labels dieses Annotators lernen (Standard: die vollständigste manuelle Spur jedes Videos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <location line="+368"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>CPU threads for the networks (default: all cores).</source>
        <translation>CPU-Threads für die Netze (Standard: alle Kerne).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto (default: CUDA when available), cpu, cuda or cuda:N.</source>
        <translation>auto (Standard: CUDA, wenn verfügbar), cpu, cuda oder cuda:N.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print progress as readable lines instead of JSON lines.</source>
        <translation>Fortschritt als lesbare Zeilen statt als JSON-Zeilen ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue the run in the (non-empty) output folder: finished models are kept, a model in training continues from its last checkpoint.</source>
        <translation>Den Lauf im (nicht leeren) Ausgabeordner fortsetzen: Fertige Modelle bleiben erhalten, ein Modell im Training macht ab seinem letzten Checkpoint weiter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run folder (must be empty or new).</source>
        <translation>Lauf-Ordner (muss leer oder neu sein).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not record the finished run in the project.</source>
        <translation>Den fertigen Lauf nicht im Projekt eintragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learn from this labels snapshot instead of the project&apos;s current labels.</source>
        <translation>Von diesem Label-Snapshot statt von den aktuellen Labels des Projekts lernen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gather models trained elsewhere instead of training.</source>
        <translation>Anderswo trainierte Modelle einsammeln, statt zu trainieren.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>fold %1 </source>
        <translation>Fold %1 </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>step %1/%2, loss %3, learning rate %4</source>
        <translation>Schritt %1/%2, Loss %3, Lernrate %4</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1% of the run, %2</source>
        <translation>%1 % des Laufs, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1% of the run</source>
        <translation>%1 % des Laufs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>held-out accuracy %1% over %2 frames</source>
        <translation>Genauigkeit auf der ausgelassenen Aufnahme %1% über %2 Frames</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: frame %3 of %4</source>
        <translation>%1 %2: Frame %3 von %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fold %1 of %2: all recordings (the models for new videos)</source>
        <translation>Fold %1 von %2: alle Aufnahmen (die Modelle für neue Videos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fold %1 of %2: holding out %3</source>
        <translation>Fold %1 von %2: %3 wird ausgelassen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--config must be small or full.</source>
        <translation>--config muss small oder full sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--tune must be all, top or head.</source>
        <translation>--tune muss all, top oder head sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--iterations must be a whole number of at least 1.</source>
        <translation>--iterations muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--batch must be a whole number of at least 1.</source>
        <translation>--batch muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--crop must be a whole number of at least 8.</source>
        <translation>--crop muss eine ganze Zahl von mindestens 8 sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--width must be a number above 0 (at most 4).</source>
        <translation>--width muss eine Zahl größer als 0 sein (höchstens 4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--checkpoint-every must be a whole number of at least 1.</source>
        <translation>--checkpoint-every muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Learning rates must be positive numbers.</source>
        <translation>Lernraten müssen positive Zahlen sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--seed must be a whole number.</source>
        <translation>--seed muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--windows must be paper or dense.</source>
        <translation>--windows muss paper oder dense sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--threads must be a whole number of at least 1.</source>
        <translation>--threads muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With several networks or streams, give --init as MODEL/STREAM=FILE.</source>
        <translation>Geben Sie bei mehreren Netzen oder Strömen --init als MODEL/STREAM=FILE an.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>What was finished is kept in %1: run the same command with --resume to continue from there.</source>
        <translation>Was fertig war, bleibt in %1 erhalten: Führen Sie denselben Befehl mit --resume aus, um dort fortzusetzen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The project is open in another program (%1); it records this run from its folder.</source>
        <translation>Das Projekt ist in einem anderen Programm geöffnet (%1); jenes Programm trägt diesen Lauf anhand seines Ordners ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The run finished, but the project could not record it: %1</source>
        <translation>Der Lauf ist fertig, aber das Projekt konnte ihn nicht eintragen: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Done in %1 s. Results in %2 (summary.json, fusion_sweep.csv, plots/).</source>
        <translation>Fertig in %1 s. Ergebnisse in %2 (summary.json, fusion_sweep.csv, plots/).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Trains one network on one stream on the labeled videos of a project (all of them, or all but one held-out recording, whose every frame is then predicted and evaluated). Writes into a run folder: the model, its checkpoints, predictions and evaluation. Progress as JSON lines on standard output (--human for readable lines); Ctrl+C stops after saving a checkpoint, and --resume continues.</source>
        <translation>Trainiert ein Netz auf einem Strom mit den gelabelten Videos eines Projekts (allen oder allen bis auf eine ausgelassene Aufnahme, deren Frames dann alle vorhergesagt und ausgewertet werden). Schreibt in einen Lauf-Ordner: das Modell, seine Checkpoints, Vorhersagen und Auswertung. Fortschritt als JSON-Zeilen auf der Standardausgabe (--human für lesbare Zeilen); Strg+C hält nach dem Speichern eines Checkpoints an, und --resume setzt fort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+63"/>
        <source>The project (.ethoproj).</source>
        <translation>Das Projekt (.ethoproj).</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>i3d or r2plus1d.</source>
        <translation>i3d oder r2plus1d.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rgb (default) or flow (computes missing optical flow first).</source>
        <translation>rgb (Standard) oder flow (berechnet zuerst den fehlenden optischen Fluss).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rgb|flow</source>
        <translation>rgb|flow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A video (name, file or id) whose recording is left out of training and predicted.</source>
        <translation>Ein Video (Name, Datei oder ID), dessen Aufnahme vom Training ausgelassen und vorhergesagt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--model must be i3d or r2plus1d.</source>
        <translation>--model muss i3d oder r2plus1d sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--stream must be rgb or flow.</source>
        <translation>--stream muss rgb oder flow sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The project has no video %1.</source>
        <translation>Das Projekt hat kein Video %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Leave-one-recording-out cross-validation, as in Nguyen et al. 2019: for each recording, every chosen network and stream is trained on the others and predicts each of its frames. Writes into --out: summary.json, fusion_sweep.csv, per_behavior.csv, confusion_&lt;model&gt;_&lt;rgb weight&gt;.csv, predictions/, losses.csv and plots/ (PNG, PDF, SVG); the project only records the run. Progress as JSON lines (--human for readable lines); Ctrl+C stops after saving a checkpoint, and --resume continues.</source>
        <translation>Leave-one-recording-out-Kreuzvalidierung (jeweils eine Aufnahme ausgelassen) wie bei Nguyen et al. 2019: Für jede Aufnahme wird jedes gewählte Netz auf jedem gewählten Strom mit den übrigen Aufnahmen trainiert und sagt jeden ihrer Frames vorher. Schreibt nach --out: summary.json, fusion_sweep.csv, per_behavior.csv, confusion_&lt;model&gt;_&lt;rgb weight&gt;.csv, predictions/, losses.csv und plots/ (PNG, PDF, SVG); das Projekt trägt den Lauf nur ein. Fortschritt als JSON-Zeilen (--human für lesbare Zeilen); Strg+C hält nach dem Speichern eines Checkpoints an, und --resume setzt fort.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Networks, comma-separated (default i3d,r2plus1d).</source>
        <translation>Netze, durch Kommas getrennt (Standard i3d,r2plus1d).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Streams, comma-separated (default rgb,flow).</source>
        <translation>Ströme, durch Kommas getrennt (Standard rgb,flow).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only these folds (0-based, comma-separated), e.g. for one task of a cluster job.</source>
        <translation>Nur diese Folds (ab 0 gezählt, durch Kommas getrennt), z. B. für einen Task eines Cluster-Jobs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the folds, train each network and stream once more on all labeled recordings (the last folds/foldNN): the models to analyse new videos with. The evaluation is the folds&apos; alone.</source>
        <translation>Nach den Folds jedes Netz und jeden Strom noch einmal auf allen gelabelten Aufnahmen trainieren (das letzte folds/foldNN): die Modelle, mit denen neue Videos analysiert werden. Die Auswertung ist allein die der Folds.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 only applies with --slurm.</source>
        <translation>--%1 gilt nur zusammen mit --slurm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cluster run is continued with &apos;ethoscribe-cli runs resubmit RUN --failed&apos;, not --resume.</source>
        <translation>Ein Cluster-Lauf wird mit &apos;ethoscribe-cli runs resubmit RUN --failed&apos; fortgesetzt, nicht mit --resume.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say where the run goes with --out DIR.</source>
        <translation>Geben Sie mit --out DIR an, wohin der Lauf geschrieben wird.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--models must list i3d and/or r2plus1d.</source>
        <translation>--models muss i3d und/oder r2plus1d auflisten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--streams must list rgb and/or flow.</source>
        <translation>--streams muss rgb und/oder flow auflisten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--folds must list fold numbers (0, 1, ...).</source>
        <translation>--folds muss Fold-Nummern auflisten (0, 1, ...).</translation>
    </message>
</context>
<context>
    <name>TrainingOptions</name>
    <message>
        <location filename="../models/training/TrainingOptions.cpp" line="+108"/>
        <source>The network&apos;s input channels do not match the stream.</source>
        <translation>Die Eingangskanäle des Netzes passen nicht zum Strom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The crop (%1 px) must be at least 8 px and fit in the resized frame (%2 px).</source>
        <translation>Der Ausschnitt (%1 px) muss mindestens 8 px groß sein und in den skalierten Frame (%2 px) passen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training needs at least one iteration.</source>
        <translation>Das Training braucht mindestens eine Iteration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The batch size must be at least 1.</source>
        <translation>Die Batch-Größe muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rates must be positive.</source>
        <translation>Lernraten müssen positiv sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The momentum must be in [0, 1).</source>
        <translation>Das Momentum muss in [0, 1) liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weight decay cannot be negative.</source>
        <translation>Der Weight Decay darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of batch-norm batches cannot be negative.</source>
        <translation>Die Anzahl der Batches für Batch-Norm darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checkpoints must be at least one iteration apart.</source>
        <translation>Checkpoints müssen mindestens eine Iteration auseinanderliegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one loader thread and one prefetched batch are needed.</source>
        <translation>Es werden mindestens ein Lade-Thread und ein vorab geladener Batch benötigt.</translation>
    </message>
</context>
<context>
    <name>TrainingSnapshot</name>
    <message>
        <location filename="../core/cv/TrainingSnapshot.cpp" line="+34"/>
        <source>The project %1 does not exist.</source>
        <translation>Das Projekt %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The project %1 has no behaviors: add the behaviors to recognise first.</source>
        <translation>Das Projekt %1 hat keine Verhaltensweisen: Fügen Sie zuerst die zu erkennenden Verhaltensweisen hinzu.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Could not write %1 (is the disk full or the folder read-only?): %2</source>
        <translation>%1 konnte nicht geschrieben werden (ist der Datenträger voll oder der Ordner schreibgeschützt?): %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The labels snapshot %1 is damaged (%2).</source>
        <translation>Der Label-Snapshot %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the labels snapshot %1: %2</source>
        <translation>Der Label-Snapshot %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a labels snapshot</source>
        <translation>kein Label-Snapshot</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a video without a name or with an impossible frame count</source>
        <translation>ein Video ohne Namen oder mit einer unmöglichen Frame-Anzahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>labels of %1 that do not fit its frames</source>
        <translation>Labels von %1, die nicht zu seinen Frames passen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its labels do not match its data hash</source>
        <translation>seine Labels passen nicht zu seinem Daten-Hash</translation>
    </message>
</context>
<context>
    <name>VideoCommands</name>
    <message>
        <location filename="../app/cli/VideoCommands.cpp" line="-89"/>
        <source>Shows a video&apos;s properties: exact frame count, frame rate, duration, size, codec, pixel format and container.</source>
        <translation>Zeigt die Eigenschaften eines Videos: exakte Frame-Anzahl, Framerate, Dauer, Größe, Codec, Pixelformat und Container.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>The video file.</source>
        <translation>Die Videodatei.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Print the properties as JSON.</source>
        <translation>Die Eigenschaften als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File:          %1</source>
        <translation>Datei:         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container:     %1 (%2)</source>
        <translation>Container:     %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codec:         %1 (%2)</source>
        <translation>Codec:         %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pixel format:  %1</source>
        <translation>Pixelformat:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:          %1x%2</source>
        <translation>Größe:         %1x%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames:        %1 (numbered 0 to %2)</source>
        <translation>Frames:        %1 (nummeriert von 0 bis %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame rate:    %1/%2 = %3 fps</source>
        <translation>Framerate:     %1/%2 = %3 fps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration:      %1 s</source>
        <translation>Dauer:         %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyframes:     %1</source>
        <translation>Keyframes:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bit rate:      %1 kbit/s</source>
        <translation>Bitrate:       %1 kbit/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File size:     %1 bytes</source>
        <translation>Dateigröße:    %1 Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamps:    %1</source>
        <translation>Zeitstempel:   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the container</source>
        <translation>aus dem Container</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none in the file; frame order found by decoding</source>
        <translation>keine in der Datei; Frame-Reihenfolge durch Dekodieren ermittelt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning:       the container lists %1 more frames whose data is missing (the file is truncated).</source>
        <translation>Warnung:       Der Container führt %1 weitere Frames auf, deren Daten fehlen (die Datei ist abgeschnitten).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saves exactly frame N (0-based) of a video as an image (PNG, JPEG, ... from the file name).</source>
        <translation>Speichert genau den Frame N (ab 0 gezählt) eines Videos als Bild (PNG, JPEG, ... je nach Dateiname).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame index, 0 = first frame.</source>
        <translation>Frame-Index, 0 = erster Frame.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image file to write.</source>
        <translation>Die zu schreibende Bilddatei.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--out FILE is required.</source>
        <translation>--out FILE ist erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the frame index &quot;%1&quot; is not a whole number.</source>
        <translation>der Frame-Index &quot;%1&quot; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write the image &quot;%1&quot;: %2.</source>
        <translation>Das Bild &quot;%1&quot; konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>VideoProbe</name>
    <message>
        <location filename="../core/project/VideoProbe.cpp" line="+21"/>
        <source>The video %1 does not exist.</source>
        <translation>Das Video %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The video %1 has no frames that can be read.</source>
        <translation>Das Video %1 hat keine lesbaren Frames.</translation>
    </message>
</context>
<context>
    <name>VideoReader</name>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="+208"/>
        <source>Reading &quot;%1&quot; was stopped because it made no progress for %2 seconds. The file may be damaged, or on a disk or network share that stopped responding.</source>
        <translation>Das Lesen von &quot;%1&quot; wurde gestoppt, weil es %2 Sekunden lang keinen Fortschritt gab. Die Datei ist möglicherweise beschädigt oder liegt auf einem Laufwerk oder Netzlaufwerk, das nicht mehr reagiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+286"/>
        <location line="+80"/>
        <source>Reading &quot;%1&quot; was cancelled.</source>
        <translation>Das Lesen von &quot;%1&quot; wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="-330"/>
        <location line="+140"/>
        <source>Not enough memory to open &quot;%1&quot;.</source>
        <translation>Nicht genug Speicher, um &quot;%1&quot; zu öffnen.</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>&quot;%1&quot; looks like a video file (%2) but cannot be read: %3. It is probably incomplete (a recording or copy that did not finish) or damaged. If you have the original, copy it again.</source>
        <translation>&quot;%1&quot; sieht wie eine Videodatei aus (%2), kann aber nicht gelesen werden: %3. Sie ist wahrscheinlich unvollständig (eine Aufnahme oder Kopie, die nicht abgeschlossen wurde) oder beschädigt. Wenn Sie das Original haben, kopieren Sie es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a video file that Ethoscribe can read: its format was not recognised. Check that the file really is a video (it may be damaged, or a different kind of file with a video&apos;s name).</source>
        <translation>&quot;%1&quot; ist keine Videodatei, die Ethoscribe lesen kann: Ihr Format wurde nicht erkannt. Prüfen Sie, ob die Datei wirklich ein Video ist (sie könnte beschädigt sein oder eine andere Art von Datei mit dem Namen eines Videos).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the video &quot;%1&quot; (FFmpeg says: %2). The file is probably damaged or not a video.</source>
        <translation>Das Video &quot;%1&quot; konnte nicht geöffnet werden (FFmpeg meldet: %2). Die Datei ist wahrscheinlich beschädigt oder kein Video.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; contains no video. It may be an audio file, a still picture or a different kind of file.</source>
        <translation>&quot;%1&quot; enthält kein Video. Es könnte eine Audiodatei, ein Standbild oder eine andere Art von Datei sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a video file that Ethoscribe can read: it looks like a text file.</source>
        <translation>&quot;%1&quot; ist keine Videodatei, die Ethoscribe lesen kann: Sie sieht aus wie eine Textdatei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; changed while it was being read. Open it again.</source>
        <translation>&quot;%1&quot; hat sich während des Lesens geändert. Öffnen Sie die Datei erneut.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; uses the video codec &quot;%2&quot;, which Ethoscribe cannot decode. Convert the video to MP4 (H.264), for example with: ffmpeg -i &quot;%1&quot; -c:v libx264 -crf 18 converted.mp4</source>
        <translation>&quot;%1&quot; verwendet den Videocodec &quot;%2&quot;, den Ethoscribe nicht dekodieren kann. Konvertieren Sie das Video nach MP4 (H.264), zum Beispiel mit: ffmpeg -i &quot;%1&quot; -c:v libx264 -crf 18 converted.mp4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; gives its frame size as %2x%3 pixels, which is not a valid video size. The file is probably damaged.</source>
        <translation>&quot;%1&quot; gibt als Frame-Größe %2x%3 Pixel an; das ist keine gültige Videogröße. Die Datei ist wahrscheinlich beschädigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has frames of %2x%3 pixels; Ethoscribe reads videos of at most %4 pixels on each side. The file may be damaged, or needs to be scaled down first.</source>
        <translation>&quot;%1&quot; hat Frames mit %2x%3 Pixeln; Ethoscribe liest Videos mit höchstens %4 Pixeln pro Seite. Die Datei ist möglicherweise beschädigt oder muss zuerst verkleinert werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read the video settings of &quot;%1&quot;: %2.</source>
        <translation>Die Videoeinstellungen von &quot;%1&quot; konnten nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The decoder for the codec &quot;%2&quot; could not read &quot;%1&quot;: %3. The file may be damaged.</source>
        <translation>Der Decoder für den Codec &quot;%2&quot; konnte &quot;%1&quot; nicht lesen: %3. Die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>&quot;%1&quot; could not be read again from the start: it may have changed on disk. Open it again.</source>
        <translation>&quot;%1&quot; konnte nicht erneut von Anfang an gelesen werden: Die Datei hat sich möglicherweise auf der Festplatte geändert. Öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>The video file &quot;%1&quot; does not exist. Check the path; the file may have been moved, renamed or deleted.</source>
        <translation>Die Videodatei &quot;%1&quot; existiert nicht. Prüfen Sie den Pfad; die Datei wurde möglicherweise verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a folder, not a video file.</source>
        <translation>&quot;%1&quot; ist ein Ordner, keine Videodatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a regular file (it is a device, pipe or socket), so it cannot be read as a video.</source>
        <translation>&quot;%1&quot; ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket) und kann daher nicht als Video gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video file &quot;%1&quot; cannot be read: permission denied. Ask the owner of the file for read access.</source>
        <translation>Die Videodatei &quot;%1&quot; kann nicht gelesen werden: Zugriff verweigert. Bitten Sie den Eigentümer der Datei um Leserechte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video file &quot;%1&quot; is empty (0 bytes). It is probably an incomplete copy or download; copy it again from the original.</source>
        <translation>Die Videodatei &quot;%1&quot; ist leer (0 Byte). Sie ist wahrscheinlich eine unvollständige Kopie oder ein unvollständiger Download; kopieren Sie sie erneut vom Original.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;%1&quot; contains no video frames that can be read. The file is probably incomplete or damaged.</source>
        <translation>&quot;%1&quot; enthält keine lesbaren Video-Frames. Die Datei ist wahrscheinlich unvollständig oder beschädigt.</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+77"/>
        <location line="+18"/>
        <source>No video is open.</source>
        <translation>Es ist kein Video geöffnet.</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+95"/>
        <source>Frame %1 does not exist in &quot;%2&quot;: the video has %3 frames, numbered 0 to %4.</source>
        <translation>Frame %1 existiert nicht in &quot;%2&quot;: Das Video hat %3 Frames, nummeriert von 0 bis %4.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Frame %1 of &quot;%2&quot; could not be decoded: the file is damaged at this point.</source>
        <translation>Frame %1 von &quot;%2&quot; konnte nicht dekodiert werden: Die Datei ist an dieser Stelle beschädigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; could not be read consistently (it gives different data on each reading). It may have changed on disk or be damaged.</source>
        <translation>&quot;%1&quot; konnte nicht einheitlich gelesen werden (bei jedem Lesen kommen andere Daten). Die Datei hat sich möglicherweise auf der Festplatte geändert oder ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>VideoWriter</name>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="+128"/>
        <source>Could not write the video file &quot;%1&quot;: %2</source>
        <translation>Die Videodatei &quot;%1&quot; konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the encoder refused a frame (%1).</source>
        <translation>Der Encoder hat einen Frame abgelehnt (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>encoding failed (%1).</source>
        <translation>Das Kodieren ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>writing to the file failed (%1). Check that the disk is not full.</source>
        <translation>Das Schreiben in die Datei ist fehlgeschlagen (%1). Prüfen Sie, ob die Festplatte voll ist.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the extension &quot;%1&quot; is not a video container this program writes. Use .mp4, .mpg, .avi, .mkv, .mov or .wmv.</source>
        <translation>Die Endung &quot;%1&quot; ist kein Videocontainer, den dieses Programm schreibt. Verwenden Sie .mp4, .mpg, .avi, .mkv, .mov oder .wmv.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the frame size %1x%2 is not possible (each side must be between 1 and 16384 pixels).</source>
        <translation>Die Frame-Größe %1x%2 ist nicht möglich (jede Seite muss zwischen 1 und 16384 Pixeln liegen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the frame rate %1/%2 is not possible; it must be positive.</source>
        <translation>Die Framerate %1/%2 ist nicht möglich; sie muss positiv sein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this installation of FFmpeg has no video encoder named &quot;%1&quot;.</source>
        <translation>Diese FFmpeg-Installation hat keinen Videoencoder namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the encoder &quot;%1&quot; cannot encode a %2x%3 picture (it needs an even width and height).</source>
        <translation>Der Encoder &quot;%1&quot; kann kein Bild mit %2x%3 Pixeln kodieren (er braucht eine gerade Breite und Höhe).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the container could not be set up (%1).</source>
        <translation>Der Container konnte nicht eingerichtet werden (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the &quot;%1&quot; codec cannot be stored in a .%2 file. Choose another codec or file type.</source>
        <translation>Der Codec &quot;%1&quot; kann nicht in einer .%2-Datei gespeichert werden. Wählen Sie einen anderen Codec oder Dateityp.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+61"/>
        <location line="+42"/>
        <location line="+76"/>
        <source>out of memory.</source>
        <translation>Nicht genügend Arbeitsspeicher.</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>the &quot;%1&quot; encoder refused these settings (%2x%3 at %4/%5 frames per second): %6.</source>
        <translation>Der Encoder &quot;%1&quot; hat diese Einstellungen abgelehnt (%2x%3 bei %4/%5 Frames pro Sekunde): %6.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the file could not be created (%1). Check that the folder exists and that you may write to it.</source>
        <translation>Die Datei konnte nicht angelegt werden (%1). Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the container header could not be written (%1).</source>
        <translation>Der Container-Header konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not write a frame: no video file is open (&quot;%1&quot;).</source>
        <translation>Es konnte kein Frame geschrieben werden: Es ist keine Videodatei geöffnet (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>frame %1 is %2x%3 pixels but the video is %4x%5.</source>
        <translation>Frame %1 hat %2x%3 Pixel, das Video aber %4x%5.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the colour conversion could not be set up.</source>
        <translation>Die Farbumwandlung konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the end of the file could not be written (%1). Check that the disk is not full.</source>
        <translation>Das Ende der Datei konnte nicht geschrieben werden (%1). Prüfen Sie, ob die Festplatte voll ist.</translation>
    </message>
</context>
<context>
    <name>WeightImportReport</name>
    <message numerus="yes">
        <location filename="../models/weights/WeightImportReport.cpp" line="+39"/>
        <source>%n tensor(s) of the file have other shapes than the network&apos;s (%1): the file was made for another variant of the network (other width, depth or input channels).</source>
        <translation>
            <numerusform>%n Tensor der Datei hat eine andere Form als im Netz (%1): Die Datei wurde für eine andere Variante des Netzes erstellt (andere Breite, Tiefe oder Eingangskanäle).</numerusform>
            <numerusform>%n Tensoren der Datei haben andere Formen als im Netz (%1): Die Datei wurde für eine andere Variante des Netzes erstellt (andere Breite, Tiefe oder Eingangskanäle).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only %1 of the network&apos;s %2 tensors were found in the file, and %3 of its tensors have names this network does not have (%4): the file was made for another architecture.</source>
        <translation>Nur %1 der %2 Tensoren des Netzes wurden in der Datei gefunden, und %3 ihrer Tensoren haben Namen, die dieses Netz nicht hat (%4): Die Datei wurde für eine andere Architektur erstellt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>matched %1, adapted %2, re-initialised %3, missing %4, unexpected %5, shape mismatches %6</source>
        <translation>zugeordnet %1, angepasst %2, neu initialisiert %3, fehlend %4, unerwartet %5, abweichende Form %6</translation>
    </message>
</context>
<context>
    <name>WeightImporter</name>
    <message>
        <location filename="../models/weights/WeightImporter.cpp" line="+123"/>
        <source>The first convolution (%1) was made for %2 input channels from the file&apos;s RGB kernel by averaging over the colour channels.</source>
        <translation>Die erste Faltung (%1) wurde aus dem RGB-Kernel der Datei durch Mitteln über die Farbkanäle für %2 Eingangskanäle erzeugt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (file %2, network %3)</source>
        <translation>%1 (Datei %2, Netz %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n batch-norm step counter(s) were not in the file (files from PyTorch before 0.4.1 have none); this does not change the model.</source>
        <translation>
            <numerusform>%n Batch-Norm-Schrittzähler war nicht in der Datei (Dateien aus PyTorch vor 0.4.1 haben keine); das ändert das Modell nicht.</numerusform>
            <numerusform>%n Batch-Norm-Schrittzähler waren nicht in der Datei (Dateien aus PyTorch vor 0.4.1 haben keine); das ändert das Modell nicht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The classifier (%1) does not fit the number of behaviors and starts from random values; train the model before using it.</source>
        <translation>Der Klassifikator (%1) passt nicht zur Anzahl der Verhaltensweisen und beginnt mit Zufallswerten; trainieren Sie das Modell, bevor Sie es verwenden.</translation>
    </message>
</context>
<context>
    <name>WeightsFile</name>
    <message>
        <location filename="../models/weights/WeightsFile.cpp" line="+120"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Python object of class %1</source>
        <translation>ein Python-Objekt der Klasse %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a %1</source>
        <translation>einen Wert vom Typ %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The weights file &apos;%1&apos; does not exist.</source>
        <translation>Die Gewichtsdatei &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the weights file &apos;%1&apos;: %2.</source>
        <translation>Die Gewichtsdatei &apos;%1&apos; kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a weights file Ethoscribe can read: %2. Give a PyTorch file saved with torch.save(model.state_dict(), path) (.pt or .pth), a TorchScript model or a .safetensors file.</source>
        <translation>&apos;%1&apos; ist keine Gewichtsdatei, die Ethoscribe lesen kann: %2. Geben Sie eine PyTorch-Datei an, die mit torch.save(model.state_dict(), path) gespeichert wurde (.pt oder .pth), ein TorchScript-Modell oder eine .safetensors-Datei.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TorchScript (torch.jit.save)</source>
        <translation>TorchScript (torch.jit.save)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TorchScript model has no parameters</source>
        <translation>Das TorchScript-Modell hat keine Parameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PyTorch zip (torch.save)</source>
        <translation>PyTorch-ZIP (torch.save)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PyTorch legacy (torch.save before 1.6)</source>
        <translation>PyTorch-Altformat (torch.save vor 1.6)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the weights file &apos;%1&apos;: %2.</source>
        <translation>Die Gewichtsdatei &apos;%1&apos; kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>safetensors</source>
        <translation>safetensors</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its content has none of these formats</source>
        <translation>Ihr Inhalt hat keines dieser Formate</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(whole pickled module)</source>
        <translation>(ganzes gepickeltes Modul)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it holds %1 and no named tensors</source>
        <translation>Sie enthält %1 und keine benannten Tensoren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it holds no tensors</source>
        <translation>Sie enthält keine Tensoren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The weights file &apos;%1&apos; holds the tensor &apos;%2&apos; twice (once with a &quot;module.&quot; prefix); it cannot be imported.</source>
        <translation>Die Gewichtsdatei &apos;%1&apos; enthält den Tensor &apos;%2&apos; doppelt (einmal mit dem Präfix &quot;module.&quot;); sie kann nicht importiert werden.</translation>
    </message>
</context>
<context>
    <name>ethoscribe::AnnotatedVideoDialog</name>
    <message>
        <location filename="../ui/export/AnnotatedVideoDialog.cpp" line="+34"/>
        <source>Export Annotated Video</source>
        <translation>Annotiertes Video exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (labels)</source>
        <translation>%1 (Labels)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prediction (fused, as the sliders set it)</source>
        <translation>Vorhersage (fusioniert, wie die Schieberegler sie einstellen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The track whose behavior is written on each frame and drawn in the ethogram strip.</source>
        <translation>Die Spur, deren Verhalten in jeden Frame geschrieben und im Ethogramm-Streifen gezeichnet wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole video</source>
        <translation>Das ganze Video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selection on the timeline (frames %1 to %2)</source>
        <translation>Die Auswahl auf der Zeitleiste (Frames %1 bis %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These frames</source>
        <translation>Diese Frames</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>from frame</source>
        <translation>von Frame</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to frame</source>
        <translation>bis Frame</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many seconds around the current frame the moving ethogram strip along the bottom shows.</source>
        <translation>Wie viele Sekunden um den aktuellen Frame herum der mitlaufende Ethogramm-Streifen am unteren Rand zeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Behaviors of:</source>
        <translation>Verhalten von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames:</source>
        <translation>Frames:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ethogram strip:</source>
        <translation>Ethogramm-Streifen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose File...</source>
        <translation>Datei auswählen...</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n frame(s), %1 s</source>
        <translation>
            <numerusform>%n Frame, %1 s</numerusform>
            <numerusform>%n Frames, %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n Frame</numerusform>
            <numerusform>%n Frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ethoscribe::BehaviorBar</name>
    <message>
        <location filename="../ui/labeling/BehaviorBar.cpp" line="+47"/>
        <source>Label the current frame or the selection as %1</source>
        <translation>Den aktuellen Frame oder die Auswahl als %1 labeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label the current frame or the selection as %1 (key %2; hold the key while playing to paint)</source>
        <translation>Den aktuellen Frame oder die Auswahl als %1 labeln (Taste %2; während der Wiedergabe gedrückt halten, um fortlaufend zu labeln)</translation>
    </message>
</context>
<context>
    <name>ethoscribe::BehaviorsDialog</name>
    <message>
        <location filename="../ui/labeling/BehaviorsDialog.cpp" line="+37"/>
        <source>Behaviors</source>
        <translation>Verhaltensweisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add...</source>
        <translation>&amp;Hinzufügen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name...</source>
        <translation>Umbe&amp;nennen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour...</source>
        <translation>&amp;Farbe...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove...</source>
        <translation>&amp;Entfernen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order in which the behaviors are listed (behavior bar, exports).</source>
        <translation>Die Reihenfolge, in der die Verhaltensweisen aufgeführt werden (Verhaltensleiste, Exporte).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Every change is saved at once and can be undone (Edit &gt; Undo).</source>
        <translation>Jede Änderung wird sofort gespeichert und kann rückgängig gemacht werden (Bearbeiten &gt; Rückgängig).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1  (key %2)</source>
        <translation>%1  (Taste %2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Add Behavior</source>
        <translation>Verhalten hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new behavior:</source>
        <translation>Name des neuen Verhaltens:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename Behavior</source>
        <translation>Verhalten umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Colour of &quot;%1&quot;</source>
        <translation>Farbe von „%1“</translation>
    </message>
</context>
<context>
    <name>ethoscribe::ClusterFollower</name>
    <message>
        <location filename="../ui/training/ClusterFollower.cpp" line="+51"/>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The submission failed.</source>
        <translation>Die Übermittlung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ethoscribe::Document</name>
    <message>
        <location filename="../core/project/Document.cpp" line="+106"/>
        <source>The behaviors stored in the project %1 are inconsistent (%2).</source>
        <translation>Die im Projekt %1 gespeicherten Verhaltensweisen sind widersprüchlich (%2).</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>The predictions stored in the project %1 cannot be read: %2</source>
        <translation>Die im Projekt %1 gespeicherten Vorhersagen können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+24"/>
        <source>This video is not in the project.</source>
        <translation>Dieses Video gehört nicht zum Projekt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predictions need a prediction track and at least one behavior.</source>
        <translation>Vorhersagen brauchen eine Vorhersagespur und mindestens ein Verhalten.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+28"/>
        <source>This label track no longer exists.</source>
        <translation>Diese Labelspur existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No predictions were given.</source>
        <translation>Es wurden keine Vorhersagen übergeben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Predictions can only be stored in a prediction track, not in the manual track of %1.</source>
        <translation>Vorhersagen können nur in einer Vorhersagespur gespeichert werden, nicht in der manuellen Spur von %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This track holds no probabilities, so rows cannot be added to it.</source>
        <translation>Diese Spur enthält keine Wahrscheinlichkeiten, daher können ihr keine Zeilen hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frames %1 to %2 are outside the %3 frames of the predictions.</source>
        <translation>Die Frames %1 bis %2 liegen außerhalb der %3 Frames der Vorhersagen.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Edit</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is nothing to redo.</source>
        <translation>Es gibt nichts zu wiederholen.</translation>
    </message>
</context>
<context>
    <name>ethoscribe::Download</name>
    <message>
        <location filename="../core/net/Download.cpp" line="+95"/>
        <source>&apos;%1&apos; is not a download address.</source>
        <translation>&apos;%1&apos; ist keine Download-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a SHA-256 digest (64 hexadecimal digits, or at least the first %2).</source>
        <translation>&apos;%1&apos; ist kein SHA-256-Hashwert (64 Hexadezimalziffern oder mindestens die ersten %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+61"/>
        <location line="+32"/>
        <location line="+83"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The server %1 does not answer range requests consistently; delete %2 and try again.</source>
        <translation>Der Server %1 beantwortet Bereichsanfragen (Range Requests) nicht einheitlich; löschen Sie %2 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+99"/>
        <source>Cannot write %1 (is the disk full?): %2</source>
        <translation>%1 kann nicht geschrieben werden (ist die Festplatte voll?): %2</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>The download of %1 was cancelled.</source>
        <translation>Der Download von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No data arrived from %1 for %2 s; the download stopped after %3.</source>
        <translation>Von %1 sind %2 s lang keine Daten angekommen; der Download wurde nach %3 angehalten.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server answered HTTP %1%2 for %3.</source>
        <translation>Der Server hat für %3 mit HTTP %1%2 geantwortet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+90"/>
        <source>The connection to %1 was lost after %2 of %3.</source>
        <translation>Die Verbindung zu %1 wurde nach %2 von %3 unterbrochen.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The file downloaded from %1 is not the expected one: expected %2, but the %3 that arrived have SHA-256 %4. It was deleted. The address may now serve another file, or the transfer was altered; try again later, or check the address.</source>
        <translation>Die von %1 heruntergeladene Datei ist nicht die erwartete: Erwartet wurde %2, aber die empfangenen %3 haben den SHA-256-Wert %4. Sie wurde gelöscht. Unter der Adresse liegt jetzt möglicherweise eine andere Datei, oder die Übertragung wurde verändert; versuchen Sie es später erneut oder prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source> The %1 received are kept in %2; running the same download again resumes from there.</source>
        <translation> Die bereits empfangenen %1 bleiben in %2 erhalten; wenn Sie denselben Download erneut starten, wird er dort fortgesetzt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The host &apos;%1&apos; was not found. Check the address and the internet connection (or the proxy settings).</source>
        <translation>Der Host &apos;%1&apos; wurde nicht gefunden. Prüfen Sie die Adresse und die Internetverbindung (oder die Proxy-Einstellungen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 refused the connection.</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to %1 was lost after %2.</source>
        <translation>Die Verbindung zu %1 wurde nach %2 unterbrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure connection to %1 could not be made: %2</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ethoscribe cannot download from &apos;%1&apos; addresses.</source>
        <translation>Ethoscribe kann nicht von &apos;%1&apos;-Adressen herunterladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading %1 failed: %2</source>
        <translation>Der Download von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ethoscribe::FlowEstimator</name>
    <message>
        <location filename="../core/flow/FlowEstimator.cpp" line="+49"/>
        <source>TV-L1 optical flow needs OpenCV&apos;s optflow library (%1), which could not be loaded: %2. Reinstall Ethoscribe, or use DIS flow.</source>
        <translation>Der optische Fluss TV-L1 braucht die optflow-Bibliothek von OpenCV (%1), die nicht geladen werden konnte: %2. Installieren Sie Ethoscribe neu, oder verwenden Sie den Fluss DIS.</translation>
    </message>
</context>
<context>
    <name>ethoscribe::FlowOverlay</name>
    <message>
        <location filename="../ui/player/FlowOverlay.cpp" line="+65"/>
        <source>No optical flow is computed for this part of the video yet. Analysing the video with a flow model computes it.</source>
        <translation>Für diesen Teil des Videos ist noch kein optischer Fluss berechnet. Wenn Sie das Video mit einem Fluss-Modell analysieren, wird er berechnet.</translation>
    </message>
</context>
<context>
    <name>ethoscribe::FrameDecoder</name>
    <message>
        <location filename="../ui/player/FrameDecoder.cpp" line="+289"/>
        <source>Scrubbing copy of %1 made.</source>
        <translation>Vorschaukopie von %1 erstellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scrubbing copy of %1: %2</source>
        <translation>Keine Vorschaukopie von %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scrubbing copy of %1 cancelled; scrubbing decodes the original video.</source>
        <translation>Vorschaukopie von %1 abgebrochen; beim Scrubben wird das Originalvideo dekodiert.</translation>
    </message>
</context>
<context>
    <name>ethoscribe::FusionPanel</name>
    <message>
        <location filename="../ui/prediction/FusionPanel.cpp" line="+44"/>
        <source>How much the RGB stream counts against the optical flow stream in each network. The paper found 40% RGB / 60% flow best.</source>
        <translation>Wie stark der RGB-Strom gegenüber dem Strom des optischen Flusses in jedem Netz zählt. Laut der Veröffentlichung sind 40 % RGB / 60 % Fluss am besten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much I3D counts against R(2+1)D when both have predicted.</source>
        <translation>Wie stark I3D gegenüber R(2+1)D zählt, wenn beide eine Vorhersage gemacht haben.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <location line="+3"/>
        <location line="+4"/>
        <source> frame(s)</source>
        <translation>
            <numerusform> Frame</numerusform>
            <numerusform> Frames</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Each frame takes the most frequent label of this many frames around it (1 = no smoothing).</source>
        <translation>Jeder Frame erhält das häufigste Label aus so vielen Frames um ihn herum (1 = keine Glättung).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bouts shorter than this are merged into a neighbouring bout (1 = keep all).</source>
        <translation>Kürzere Episoden werden mit einer benachbarten Episode zusammengeführt (1 = alle behalten).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper&apos;s Values</source>
        <translation>Werte der Veröffentlichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>40% RGB, both networks equal, no smoothing.</source>
        <translation>40 % RGB, beide Netze gleich gewichtet, keine Glättung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RGB / flow:</source>
        <translation>RGB / Fluss:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I3D / R(2+1)D:</source>
        <translation>I3D / R(2+1)D:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smoothing:</source>
        <translation>Glättung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest bout:</source>
        <translation>Kürzeste Episode:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1% RGB, %2% flow</source>
        <translation>%1 % RGB, %2 % Fluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% I3D, %2% R(2+1)D</source>
        <translation>%1 % I3D, %2 % R(2+1)D</translation>
    </message>
</context>
<context>
    <name>ethoscribe::ImportLabelsDialog</name>
    <message>
        <location filename="../ui/labeling/ImportLabelsDialog.cpp" line="+50"/>
        <location line="+102"/>
        <source>Import Labels</source>
        <translation>Labels importieren</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recognise from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>BORIS: a tabular events export (CSV or TSV). DeepEthogram: a _labels.csv file. Ethoscribe: a per-frame ethogram or a bout table (behavior,start_frame,end_frame; a spreadsheet of frame ranges saved as CSV works too).</source>
        <translation>BORIS: ein Export der Ereignisse als Tabelle (CSV oder TSV). DeepEthogram: eine _labels.csv-Datei. Ethoscribe: ein Ethogramm pro Frame oder eine Episodentabelle (behavior,start_frame,end_frame; eine als CSV gespeicherte Tabelle mit Frame-Bereichen geht auch).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Video in the file:</source>
        <translation>&amp;Video in der Datei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Subjekt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The labels become this annotator&apos;s labels of the video; labels it had there are replaced (Undo brings them back).</source>
        <translation>Die Labels werden die Labels dieses Annotators für das Video; seine bisherigen Labels dort werden ersetzt (Rückgängig holt sie zurück).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label &amp;file:</source>
        <translation>Label-&amp;Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the video:</source>
        <translation>Für das Video:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Annotator:</source>
        <translation>&amp;Annotator:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file names behaviors the project does not have. Choose what each one becomes:</source>
        <translation>Die Datei nennt Verhaltensweisen, die das Projekt nicht hat. Wählen Sie, was aus jeder wird:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name in the file</source>
        <translation>Name in der Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Label files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Label-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Choose the label file with Browse...</source>
        <translation>Wählen Sie die Label-Datei mit Durchsuchen...</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&lt;b&gt;Cannot import:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Import nicht möglich:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name of the annotator whose labels these are.</source>
        <translation>Geben Sie den Namen des Annotators ein, von dem diese Labels stammen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+71"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="-70"/>
        <source>%1 (%2): %n labeled frame(s) in %3 bouts</source>
        <translation>
            <numerusform>%1 (%2): %n gelabelter Frame in %3 Episoden</numerusform>
            <numerusform>%1 (%2): %n gelabelte Frames in %3 Episoden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New behaviors: %1.</source>
        <translation>Neue Verhaltensweisen: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>They replace the %1 labeled frames of %2 on this video; Undo brings them back.</source>
        <translation>Sie ersetzen die %1 gelabelten Frames von %2 in diesem Video; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They become the labels of %1 on this video.</source>
        <translation>Sie werden die Labels von %1 in diesem Video.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note: the file&apos;s events are for %1, not for %2. Import them only if that is this video under another name.</source>
        <translation>Hinweis: Die Ereignisse der Datei gehören zu %1, nicht zu %2. Importieren Sie sie nur, wenn das dieses Video unter anderem Namen ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bouts</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First on line %1 of the file.</source>
        <translation>Zuerst in Zeile %1 der Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add as a new behavior &quot;%1&quot;</source>
        <translation>Als neues Verhalten „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave its frames unlabeled</source>
        <translation>Seine Frames ohne Label lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project&apos;s &quot;%1&quot;</source>
        <translation>„%1“ des Projekts</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;Nothing was imported:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nichts wurde importiert:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>ethoscribe::ImportWeightsDialog</name>
    <message>
        <location filename="../ui/training/ImportWeightsDialog.cpp" line="+51"/>
        <source>Import Pretrained Weights</source>
        <translation>Vortrainierte Gewichte importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Networks pre-trained on other videos learn mouse behaviors from fewer labels. Import their weights here, then choose the model as starting weights in Models &gt; Retrain. The classifier is made for this project&apos;s %n behavior(s).</source>
        <translation>
            <numerusform>Netzwerke, die auf anderen Videos vortrainiert wurden, lernen Mausverhalten aus weniger Labels. Importieren Sie hier ihre Gewichte und wählen Sie das Modell dann in Modelle &gt; Neu trainieren als Startgewichte. Der Klassifikator wird für die %n Verhaltensweise dieses Projekts angelegt.</numerusform>
            <numerusform>Netzwerke, die auf anderen Videos vortrainiert wurden, lernen Mausverhalten aus weniger Labels. Importieren Sie hier ihre Gewichte und wählen Sie das Modell dann in Modelle &gt; Neu trainieren als Startgewichte. Der Klassifikator wird für die %n Verhaltensweisen dieses Projekts angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A weights &amp;file</source>
        <translation>Eine &amp;Gewichtsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published weights (downloaded and checked)</source>
        <translation>&amp;Veröffentlichte Gewichte (heruntergeladen und geprüft)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PyTorch .pt/.pth, TorchScript or .safetensors file</source>
        <translation>PyTorch-.pt/.pth-, TorchScript- oder .safetensors-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I3D</source>
        <translation>I3D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R(2+1)D</source>
        <translation>R(2+1)D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network:</source>
        <translation>&amp;Netz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RGB frames</source>
        <translation>RGB-Frames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optical flow</source>
        <translation>Optischer Fluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stream:</source>
        <translation>&amp;Strom:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the list...</source>
        <translation>Liste wird gelesen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights:</source>
        <translation>Gewichte:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ch&amp;oose...</source>
        <translation>&amp;Wählen...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;as:</source>
        <translation>Speichern &amp;als:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Behaviors:</source>
        <translation>Verhaltensweisen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pretrained Weights</source>
        <translation>Vortrainierte Gewichte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network weights (*.pt *.pth *.safetensors *.bin);;All files (*)</source>
        <translation>Netzwerkgewichte (*.pt *.pth *.safetensors *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the Model as</source>
        <translation>Modell speichern unter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethoscribe models (*.safetensors)</source>
        <translation>Ethoscribe-Modelle (*.safetensors)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+73"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+17"/>
        <source>(no list)</source>
        <translation>(keine Liste)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the list is empty</source>
        <translation>die Liste ist leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list of published weights could not be read: %1</source>
        <translation>Die Liste der veröffentlichten Gewichte konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (about %2 to download)</source>
        <translation>%1 (etwa %2 herunterzuladen)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The project has no behaviors yet: add them in Edit &gt; Behaviors first.</source>
        <translation>Das Projekt hat noch keine Verhaltensweisen: Fügen Sie sie zuerst unter Bearbeiten &gt; Verhaltensweisen hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the published weights to download.</source>
        <translation>Wählen Sie die veröffentlichten Gewichte, die heruntergeladen werden sollen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the weights file to import.</source>
        <translation>Wählen Sie die Gewichtsdatei, die importiert werden soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save the model.</source>
        <translation>Wählen Sie, wo das Modell gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The folder %1 cannot be created. Choose another place to save the model.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Wählen Sie einen anderen Ort für das Modell.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ethoscribe-cli %1</source>
        <translation>ethoscribe-cli %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping...</source>
        <translation>Wird angehalten...</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Done: %1. Choose it as starting weights in Models &gt; Retrain.</source>
        <translation>Fertig: %1. Wählen Sie es in Modelle &gt; Neu trainieren als Startgewichte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped. What was downloaded is kept: importing the same weights again continues the download.</source>
        <translation>Angehalten. Was heruntergeladen wurde, bleibt erhalten: Wenn Sie dieselben Gewichte erneut importieren, wird der Download fortgesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped; no model was written.</source>
        <translation>Angehalten; es wurde kein Modell geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ethoscribe-cli stopped unexpectedly; no model was written.</source>
        <translation>ethoscribe-cli wurde unerwartet beendet; es wurde kein Modell geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import failed; no model was written.</source>
        <translation>Der Import ist fehlgeschlagen; es wurde kein Modell geschrieben.</translation>
    </message>
</context>
<context>
    <name>ethoscribe::LabelingController</name>
    <message>
        <location filename="../ui/labeling/LabelingController.cpp" line="+125"/>
        <source>The change could not be saved, so nothing was changed.

%1</source>
        <translation>Die Änderung konnte nicht gespeichert werden, daher wurde nichts geändert.

%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The video file %1 was not found. Its labels are shown, but the video cannot be played. Put the file back where it was, then select the video again.</source>
        <translation>Die Videodatei %1 wurde nicht gefunden. Ihre Labels werden angezeigt, aber das Video kann nicht abgespielt werden. Legen Sie die Datei wieder an ihren ursprünglichen Ort und wählen Sie das Video dann erneut aus.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>fused: %1</source>
        <translation>fusioniert: %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+68"/>
        <location line="+32"/>
        <source>unlabeled</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Open a video first.</source>
        <translation>Öffnen Sie zuerst ein Video.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This project is open read-only, so labels cannot be changed: %1

Close the other window or program that has the project open, then open it again.</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet, daher können keine Labels geändert werden: %1

Schließen Sie das andere Fenster oder Programm, in dem das Projekt geöffnet ist, und öffnen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A label track for %1 could not be created: %2</source>
        <translation>Für %1 konnte keine Labelspur angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Label %1</source>
        <translation>Als %1 labeln</translation>
    </message>
</context>
<context>
    <name>ethoscribe::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+178"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FPS</source>
        <translation>FPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labeled</source>
        <translation>Gelabelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frames labeled in your track</source>
        <translation>In Ihrer Spur gelabelte Frames</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The networks and streams whose predictions are stored for the video</source>
        <translation>Die Netze und Ströme, deren Vorhersagen für das Video gespeichert sind</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The videos of the project. Drop video files here to add them.</source>
        <translation>Die Videos des Projekts. Ziehen Sie Videodateien hierher, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot play the video</source>
        <translation>Das Video kann nicht abgespielt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frames %1 to %2 selected: press a behavior key to label them, Delete to erase them.</source>
        <translation>Frames %1 bis %2 ausgewählt: Drücken Sie eine Verhaltenstaste, um sie zu labeln, oder Entf, um ihre Labels zu löschen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;New Project...</source>
        <translation>&amp;Neues Projekt...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Project...</source>
        <translation>Projekt ö&amp;ffnen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Videos...</source>
        <translation>Videos &amp;hinzufügen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Labels...</source>
        <translation>&amp;Labels importieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels made in BORIS, DeepEthogram or a spreadsheet, onto the video shown</source>
        <translation>In BORIS, DeepEthogram oder einer Tabelle erstellte Labels für das angezeigte Video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Labels as CSV...</source>
        <translation>Labels als CSV e&amp;xportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Find Moved Videos...</source>
        <translation>Verschobene Videos f&amp;inden...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find videos that were moved or renamed, by their content, in a folder you choose</source>
        <translation>Verschobene oder umbenannte Videos anhand ihres Inhalts in einem Ordner Ihrer Wahl finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Annotated &amp;Video...</source>
        <translation>Annotiertes &amp;Video exportieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this video with each frame&apos;s behavior and a moving ethogram strip drawn on it, for talks and papers</source>
        <translation>Dieses Video mit dem Verhalten jedes Frames und einem mitlaufenden Ethogramm-Streifen darauf schreiben, für Vorträge und Veröffentlichungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+682"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-676"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+676"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-675"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Erase Labels</source>
        <translation>Labels &amp;löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase the labels of the selected frames, or of the current frame</source>
        <translation>Die Labels der ausgewählten Frames oder des aktuellen Frames löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear &amp;Selection</source>
        <translation>Auswahl &amp;aufheben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Merge Bouts</source>
        <translation>Episoden &amp;zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected bouts, and the gaps between them, one bout with the behavior of the first</source>
        <translation>Die ausgewählten Episoden und die Lücken dazwischen zu einer Episode mit dem Verhalten der ersten zusammenfassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spli&amp;t Bout at Playhead</source>
        <translation>Episode am Abspielkopf &amp;teilen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Behaviors...</source>
        <translation>&amp;Verhaltensweisen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, rename, recolour, reorder or remove the project&apos;s behaviors</source>
        <translation>Die Verhaltensweisen des Projekts hinzufügen, umbenennen, umfärben, umsortieren oder entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Behaviors</source>
        <translation>Verhaltensweisen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annotator &amp;Name...</source>
        <translation>&amp;Name des Annotators...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Wiedergabe / Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Frame</source>
        <translation>&amp;Nächster Frame</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;revious Frame</source>
        <translation>&amp;Vorheriger Frame</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forward One Second</source>
        <translation>Eine Sekunde vo&amp;rwärts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back One Second</source>
        <translation>Eine Sekunde &amp;zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;irst Frame</source>
        <translation>&amp;Erster Frame</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Last Frame</source>
        <translation>&amp;Letzter Frame</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next Label &amp;Change</source>
        <translation>Nächs&amp;ter Labelwechsel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous Label C&amp;hange</source>
        <translation>Vorheri&amp;ger Labelwechsel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;aster</source>
        <translation>Sc&amp;hneller</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Slower</source>
        <translation>Lang&amp;samer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;Whole Video</source>
        <translation>Ganzes Video &amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optical &amp;Flow Overlay</source>
        <translation>&amp;Optischen Fluss einblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the optical flow that led to each frame over the video (colour = direction; computed by analyses with flow models)</source>
        <translation>Den optischen Fluss, der zu jedem Frame geführt hat, über dem Video anzeigen (Farbe = Richtung; wird bei Analysen mit Fluss-Modellen berechnet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Video List</source>
        <translation>&amp;Videoliste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose Models...</source>
        <translation>Modelle aus&amp;wählen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trained model files (I3D and/or R(2+1)D, RGB and/or flow) this project analyses its videos with</source>
        <translation>Die trainierten Modelldateien (I3D und/oder R(2+1)D, RGB und/oder Fluss), mit denen dieses Projekt seine Videos analysiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retrain...</source>
        <translation>&amp;Neu trainieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train the networks again on this project&apos;s labels (leave-one-recording-out cross-validation), in a separate process</source>
        <translation>Die Netze erneut mit den Labels dieses Projekts trainieren (Leave-one-recording-out-Kreuzvalidierung), in einem separaten Prozess</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Pretrained &amp;Weights...</source>
        <translation>Vortrainierte &amp;Gewichte importieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a model from published network weights (a file, or downloaded by name) for Retrain to start from</source>
        <translation>Aus veröffentlichten Netzwerkgewichten (einer Datei oder per Name heruntergeladen) ein Modell machen, von dem Neu trainieren ausgeht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The accuracy, confusion matrices and plots of the project&apos;s cross-validation runs, side by side</source>
        <translation>Genauigkeit, Konfusionsmatrizen und Diagramme der Kreuzvalidierungsläufe des Projekts, nebeneinander</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training Results</source>
        <translation>Trainingsergebnisse</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+114"/>
        <location line="+21"/>
        <location line="+869"/>
        <location line="+60"/>
        <location line="+162"/>
        <location line="+80"/>
        <location line="+91"/>
        <location line="+431"/>
        <location line="+79"/>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message numerus="yes">
        <location line="-621"/>
        <source>The window now analyses with %n model(s) of the run; Models &gt; Analyse This Video uses them.</source>
        <translation>
            <numerusform>Das Fenster analysiert jetzt mit %n Modell des Laufs; Modelle &gt; Dieses Video analysieren verwendet es.</numerusform>
            <numerusform>Das Fenster analysiert jetzt mit %n Modellen des Laufs; Modelle &gt; Dieses Video analysieren verwendet sie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1157"/>
        <source>&amp;Statistics...</source>
        <translation>&amp;Statistik...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time budgets, bouts, latencies, time bins, transitions and agreement of the project&apos;s videos, with plots to export</source>
        <translation>Zeitbudgets, Episoden, Latenzen, Zeitabschnitte, Übergänge und Übereinstimmung der Videos des Projekts, mit exportierbaren Diagrammen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Analyse This Video</source>
        <translation>Dieses Video &amp;analysieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict the behavior in every frame of this video, in the background</source>
        <translation>Das Verhalten in jedem Frame dieses Videos im Hintergrund vorhersagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Analyse A&amp;ll Videos</source>
        <translation>A&amp;lle Videos analysieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict the behaviors of every video of the project (what is already predicted is kept)</source>
        <translation>Die Verhaltensweisen in allen Videos des Projekts vorhersagen (bereits Vorhergesagtes bleibt erhalten)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ca&amp;ncel All Analyses</source>
        <translation>Alle Analysen a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop every analysis; what they finished is kept, and analysing again resumes</source>
        <translation>Alle Analysen anhalten; was bereits fertig ist, bleibt erhalten, und eine erneute Analyse setzt dort fort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the fused prediction into your labels over the selection, or over the predicted bout under the playhead</source>
        <translation>Die fusionierte Vorhersage für die Auswahl oder für die vorhergesagte Episode unter der Abspielposition in Ihre Labels übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ne&amp;xt Uncertain Bout</source>
        <translation>Nä&amp;chste unsichere Episode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the next predicted bout in order of doubt (least confident, or where the models disagree, first)</source>
        <translation>Zur nächsten vorhergesagten Episode nach Unsicherheit springen (die mit der geringsten Konfidenz oder mit Uneinigkeit der Modelle zuerst)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;vious Uncertain Bout</source>
        <translation>Vorherige unsichere E&amp;pisode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Ethoscribe</source>
        <translation>Ü&amp;ber Ethoscribe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Fusion</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Stopped: the project was closed.</source>
        <translation>Angehalten: Das Projekt wurde geschlossen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 analysed (%2 s).</source>
        <translation>%1 analysiert (%2 s).</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+1617"/>
        <location line="+68"/>
        <source>Annotator: %1</source>
        <translation>Annotator: %1</translation>
    </message>
    <message>
        <location line="-1636"/>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 %2: model %3</source>
        <translation>%1 %2: Modell %3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n Strom</numerusform>
            <numerusform>%n Ströme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Ethoscribe</source>
        <translation>Ethoscribe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[read-only]</source>
        <translation>[schreibgeschützt]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project %1 could not be opened.

%2</source>
        <translation>Das Projekt %1 konnte nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project opened read-only</source>
        <translation>Projekt schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

You can look at the labels but not change them. Close the other window that has the project open, then open it again here.</source>
        <translation>%1

Sie können die Labels ansehen, aber nicht ändern. Schließen Sie das andere Fenster, in dem das Projekt geöffnet ist, und öffnen Sie es dann hier erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project %1 could not be created.

%2

Choose another name or folder.</source>
        <translation>Das Projekt %1 konnte nicht angelegt werden.

%2

Wählen Sie einen anderen Namen oder Ordner.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot add videos</source>
        <translation>Videos können nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="-686"/>
        <location line="+687"/>
        <location line="+323"/>
        <location line="+70"/>
        <location line="+670"/>
        <source>The project is open read-only: %1</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <location line="-1054"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos belong to a project, which keeps their labels. Choose where to save the new project.</source>
        <translation>Videos gehören zu einem Projekt, das ihre Labels speichert. Wählen Sie, wo das neue Projekt gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Already in the project: %1</source>
        <translation>Bereits im Projekt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading %1 (%2 of %3)...</source>
        <translation>%1 wird gelesen (%2 von %3)...</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 could not be added: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Cancelled: %n video(s) added.</source>
        <translation>
            <numerusform>Abgebrochen: %n Video hinzugefügt.</numerusform>
            <numerusform>Abgebrochen: %n Videos hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n video(s) added.</source>
        <translation>
            <numerusform>%n Video hinzugefügt.</numerusform>
            <numerusform>%n Videos hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some videos were not added</source>
        <translation>Einige Videos wurden nicht hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These files could not be added:

%1</source>
        <translation>Diese Dateien konnten nicht hinzugefügt werden:

%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding videos</source>
        <translation>Videos werden hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the videos...</source>
        <translation>Die Videos werden gelesen...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist. Check the name and the folder.</source>
        <translation>%1 existiert nicht. Prüfen Sie den Namen und den Ordner.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+34"/>
        <location line="+87"/>
        <source>Cannot create the demo</source>
        <translation>Die Demo kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>The folder %1 could not be created. Choose a folder you can write to.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+75"/>
        <source>Demo cancelled.</source>
        <translation>Demo abgebrochen.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The synthetic demo videos could not be written to %1.

%2</source>
        <translation>Die synthetischen Demovideos konnten nicht nach %1 geschrieben werden.

%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+95"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Generating %1 synthetic cage videos of %2 s...</source>
        <translation>%1 synthetische Käfigvideos zu je %2 s werden erzeugt...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The demo is open read-only: %1</source>
        <translation>Die Demo ist schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+67"/>
        <source>Demo: press 1-8 to relabel the current frame (hold while playing to paint), Ctrl+Z to undo.</source>
        <translation>Demo: Drücken Sie 1-8, um den aktuellen Frame neu zu labeln (während der Wiedergabe gedrückt halten, um fortlaufend zu labeln), Strg+Z zum Rückgängigmachen.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cannot open the demo</source>
        <translation>Die Demo kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo videos in %1 could not be read:

%2

Delete the folder to have them generated again.</source>
        <translation>Die Demovideos in %1 konnten nicht gelesen werden:

%2

Löschen Sie den Ordner, damit sie neu erzeugt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The demo project %1 could not be created.

%2</source>
        <translation>Das Demoprojekt %1 konnte nicht angelegt werden.

%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the demo videos...</source>
        <translation>Die Demovideos werden gelesen...</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+31"/>
        <location line="+352"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="-388"/>
        <location line="+408"/>
        <source>This build of Ethoscribe cannot run networks. Use ethoscribe-cli analyze, or a build with LibTorch.</source>
        <translation>Diese Ethoscribe-Version kann keine Netze ausführen. Verwenden Sie ethoscribe-cli analyze oder eine Version mit LibTorch.</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>These models cannot be used</source>
        <translation>Diese Modelle können nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Models: %1</source>
        <translation>Modelle: %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+18"/>
        <location line="+19"/>
        <location line="+34"/>
        <source>Export Annotated Video</source>
        <translation>Annotiertes Video exportieren</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Show a video with labels or predictions to export first.</source>
        <translation>Zeigen Sie zuerst ein Video mit Labels oder Vorhersagen an, das exportiert werden soll.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show the video to export first.</source>
        <translation>Zeigen Sie zuerst das Video an, das exportiert werden soll.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MP4 videos (*.mp4)</source>
        <translation>MP4-Videos (*.mp4)</translation>
    </message>
    <message>
        <location line="-1364"/>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Frames whose optical flow is cached (the project&apos;s flow method); the flow networks need it, and an analysis computes what is missing</source>
        <translation>Frames, deren optischer Fluss im Cache liegt (mit der Fluss-Methode des Projekts); die Fluss-Netze brauchen ihn, und eine Analyse berechnet, was fehlt</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Export &amp;All Labels to Folder...</source>
        <translation>&amp;Alle Labels in einen Ordner exportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your labels of every video, per frame and as bouts, as CSV files in a folder you choose</source>
        <translation>Ihre Labels aller Videos, pro Frame und als Episoden, als CSV-Dateien in einem Ordner Ihrer Wahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Prediction as CSV...</source>
        <translation>Vor&amp;hersage als CSV exportieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fused prediction of this video as the sliders set it: behavior and the probability of each behavior per frame, and its bouts</source>
        <translation>Die fusionierte Vorhersage dieses Videos, wie die Schieberegler sie einstellen: Verhalten und die Wahrscheinlichkeit jedes Verhaltens pro Frame sowie ihre Episoden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export All P&amp;redictions to Folder...</source>
        <translation>Alle Vo&amp;rhersagen in einen Ordner exportieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fused prediction of every analysed video as the sliders set it, per frame and as bouts, as CSV files in a folder you choose</source>
        <translation>Die fusionierte Vorhersage jedes analysierten Videos, wie die Schieberegler sie einstellen, pro Frame und als Episoden, als CSV-Dateien in einem Ordner Ihrer Wahl</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Give the rest of the bout under the playhead, from the current frame on, another behavior (or none)</source>
        <translation>Dem Rest der Episode unter dem Abspielkopf ab dem aktuellen Frame ein anderes Verhalten geben (oder keins)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unlabeled (cut the rest off)</source>
        <translation>Ohne Label (den Rest abschneiden)</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Training Res&amp;ults...</source>
        <translation>Trainings&amp;ergebnisse...</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Acce&amp;pt Prediction</source>
        <translation>Vorhersage &amp;übernehmen</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analyse</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyse All</source>
        <translation>Alle analysieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel Analyses</source>
        <translation>Analysen abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Uncertain</source>
        <translation>Vorherige unsichere Episode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Uncertain</source>
        <translation>Nächste unsichere Episode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Scrubbing copy of %1</source>
        <translation>Vorschaukopie von %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>frame %1 of %2</source>
        <translation>Frame %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>%n finished training run(s) recorded in the project (Models &gt; Training Results...).</source>
        <translation>
            <numerusform>%n abgeschlossener Trainingslauf wurde im Projekt erfasst (Modelle &gt; Trainingsergebnisse...).</numerusform>
            <numerusform>%n abgeschlossene Trainingsläufe wurden im Projekt erfasst (Modelle &gt; Trainingsergebnisse...).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1 flow cached for %2 of %3 frames</source>
        <translation>%1-Fluss für %2 von %3 Frames im Cache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No %1 flow cached yet</source>
        <translation>Noch kein %1-Fluss im Cache</translation>
    </message>
    <message>
        <location line="+428"/>
        <source>Reading the models...</source>
        <translation>Modelle werden gelesen...</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+5"/>
        <location line="+15"/>
        <location line="+31"/>
        <location line="+15"/>
        <location line="+6"/>
        <source>Find Moved Videos</source>
        <translation>Verschobene Videos finden</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Every video of the project is where it was added.</source>
        <translation>Alle Videos des Projekts liegen noch dort, wo sie hinzugefügt wurden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find Moved Videos In</source>
        <translation>Verschobene Videos suchen in</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Found all %n missing video(s).</source>
        <translation>
            <numerusform>Das fehlende Video wurde gefunden (%n von %n).</numerusform>
            <numerusform>Alle %n fehlenden Videos wurden gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Found %1 of %n missing video(s); the others are not in that folder (or their content changed).</source>
        <translation>
            <numerusform>%1 von %n fehlenden Video gefunden; es liegt nicht in diesem Ordner (oder sein Inhalt hat sich geändert).</numerusform>
            <numerusform>%1 von %n fehlenden Videos gefunden; die übrigen liegen nicht in diesem Ordner (oder ihr Inhalt hat sich geändert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Looking for %n missing video(s) by their content...</source>
        <translation>
            <numerusform>%n fehlendes Video wird anhand seines Inhalts gesucht...</numerusform>
            <numerusform>%n fehlende Videos werden anhand ihres Inhalts gesucht...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video could not be exported</source>
        <translation>Das Video konnte nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing %1...</source>
        <translation>%1 wird geschrieben...</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Retrain</source>
        <translation>Neu trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ethoscribe-cli, which trains the networks, was not found beside this program or on the PATH. Reinstall Ethoscribe.</source>
        <translation>ethoscribe-cli, das die Netze trainiert, wurde weder neben diesem Programm noch im PATH gefunden. Installieren Sie Ethoscribe neu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Use the New Models</source>
        <translation>Neue Modelle verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run trained on the labels of %1, which is no longer open here. Open it again to analyse with these models.</source>
        <translation>Der Lauf hat mit den Labels von %1 trainiert, das hier nicht mehr geöffnet ist. Öffnen Sie es wieder, um mit diesen Modellen zu analysieren.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+10"/>
        <location line="+72"/>
        <source>Import Pretrained Weights</source>
        <translation>Vortrainierte Gewichte importieren</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>ethoscribe-cli, which imports network weights, was not found beside this program or on the PATH. Reinstall Ethoscribe.</source>
        <translation>ethoscribe-cli, das Netzwerkgewichte importiert, wurde weder neben diesem Programm noch im PATH gefunden. Installieren Sie Ethoscribe neu.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported %1: Models &gt; Retrain starts %2 %3 from it.</source>
        <translation>%1 importiert: Modelle &gt; Neu trainieren beginnt %2 %3 damit.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Imported %1. The project is open read-only, so Retrain will not offer it by itself: choose it there.</source>
        <translation>%1 importiert. Das Projekt ist schreibgeschützt geöffnet, daher bietet Neu trainieren es nicht von selbst an: Wählen Sie es dort aus.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose Models (one per network and stream)</source>
        <translation>Modelle auswählen (eines pro Netz und Strom)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ethoscribe models (*.safetensors);;All files (*)</source>
        <translation>Ethoscribe-Modelle (*.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+23"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>This project has no models to analyse with yet. Choose them with Models &gt; Choose Models... (files made by &apos;ethoscribe-cli train&apos; or &apos;cv&apos;, or imported with &apos;ethoscribe-cli model import&apos;).</source>
        <translation>Dieses Projekt hat noch keine Modelle für die Analyse. Wählen Sie sie über Modelle &gt; Modelle auswählen... aus (Dateien, die mit &apos;ethoscribe-cli train&apos; oder &apos;cv&apos; erstellt oder mit &apos;ethoscribe-cli model import&apos; importiert wurden).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Analysing %1</source>
        <translation>%1 wird analysiert</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Analysing %n video(s) in the background; predictions appear on the timeline as they are ready.</source>
        <translation>
            <numerusform>%n Video wird im Hintergrund analysiert; die Vorhersagen erscheinen auf der Zeitleiste, sobald sie fertig sind.</numerusform>
            <numerusform>%n Videos werden im Hintergrund analysiert; die Vorhersagen erscheinen auf der Zeitleiste, sobald sie fertig sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already analysed with these models.</source>
        <translation>Bereits mit diesen Modellen analysiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some videos cannot be analysed</source>
        <translation>Einige Videos können nicht analysiert werden</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>video %1</source>
        <translation>Video %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No predictions for this video yet: Models &gt; Analyse This Video.</source>
        <translation>Noch keine Vorhersagen für dieses Video: Modelle &gt; Dieses Video analysieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1% of the frames predicted.</source>
        <translation>%1 % der Frames vorhergesagt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no prediction to accept: analyse the video first (Models menu).</source>
        <translation>Es gibt keine Vorhersage zum Übernehmen: Analysieren Sie zuerst das Video (Menü Modelle).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This frame is not predicted; select the frames whose prediction you accept.</source>
        <translation>Dieser Frame ist nicht vorhergesagt; wählen Sie die Frames aus, deren Vorhersage Sie übernehmen möchten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accept prediction</source>
        <translation>Vorhersage übernehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted the prediction for frames %1 to %2 (Ctrl+Z undoes it).</source>
        <translation>Vorhersage für die Frames %1 bis %2 übernommen (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No predictions to review for this video yet.</source>
        <translation>Für dieses Video gibt es noch keine Vorhersagen zum Überprüfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That was the least doubtful bout.</source>
        <translation>Das war die am wenigsten unsichere Episode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is the most doubtful bout.</source>
        <translation>Das ist die unsicherste Episode.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bout %1 of %2 by doubt: %3, frames %4 to %5, confidence %6%</source>
        <translation>Episode %1 von %2 nach Unsicherheit: %3, Frames %4 bis %5, Konfidenz %6 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, models disagree on %1% of it</source>
        <translation>, die Modelle sind sich bei %1 % davon uneinig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Ctrl+Return accepts it, a behavior key relabels it.</source>
        <translation>. Strg+Eingabe übernimmt sie, eine Verhaltenstaste labelt sie neu.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ethoscribe projects (*.ethoproj)</source>
        <translation>Ethoscribe-Projekte (*.ethoproj)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethoscribe projects (*.ethoproj);;All files (*)</source>
        <translation>Ethoscribe-Projekte (*.ethoproj);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add Videos</source>
        <translation>Videos hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videos (*.mp4 *.m4v *.avi *.mpg *.mpeg *.mkv *.mov *.wmv *.asf *.webm *.gif);;All files (*)</source>
        <translation>Videos (*.mp4 *.m4v *.avi *.mpg *.mpeg *.mkv *.mov *.wmv *.asf *.webm *.gif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Import Labels</source>
        <translation>Labels importieren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Open a project and select the video the labels are for first.</source>
        <translation>Öffnen Sie zuerst ein Projekt und wählen Sie das Video, zu dem die Labels gehören.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Label files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Label-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imported %1 labeled frames in %2 bouts as the labels of %3.</source>
        <translation>%1 gelabelte Frames in %2 Episoden als Labels von %3 importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n new behavior(s).</source>
        <translation>
            <numerusform>%n neues Verhalten.</numerusform>
            <numerusform>%n neue Verhaltensweisen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z undoes it.</source>
        <translation>Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <location line="+28"/>
        <location line="+33"/>
        <location line="+46"/>
        <location line="+24"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Open a project and select a video first.</source>
        <translation>Öffnen Sie zuerst ein Projekt und wählen Sie ein Video aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no labels of %1 for this video yet. Label some frames first.</source>
        <translation>Für dieses Video gibt es noch keine Labels von %1. Labeln Sie zuerst einige Frames.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Labels as CSV</source>
        <translation>Labels als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+197"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+72"/>
        <location line="+60"/>
        <location line="+80"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export All Labels to Folder</source>
        <translation>Alle Labels in einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 has not labeled any video of this project yet. Label some frames first, or choose your name under Edit &gt; Annotator Name.</source>
        <translation>%1 hat in diesem Projekt noch kein Video gelabelt. Labeln Sie zuerst einige Frames, oder wählen Sie Ihren Namen unter Bearbeiten &gt; Name des Annotators.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Exported the labels of %n video(s) to %1.</source>
        <translation>
            <numerusform>Die Labels von %n Video wurden nach %1 exportiert.</numerusform>
            <numerusform>Die Labels von %n Videos wurden nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export All Labels</source>
        <translation>Alle Labels exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Writing the labels of %n video(s)...</source>
        <translation>
            <numerusform>Die Labels von %n Video werden geschrieben...</numerusform>
            <numerusform>Die Labels von %n Videos werden geschrieben...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export All Predictions to Folder</source>
        <translation>Alle Vorhersagen in einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No video of this project has predictions yet. Analyse the videos first (Models &gt; Analyse All Videos).</source>
        <translation>Noch kein Video dieses Projekts hat Vorhersagen. Analysieren Sie zuerst die Videos (Modelle &gt; Alle Videos analysieren).</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Exported the predictions of %n video(s) (RGB weight %1, I3D share %2) to %3.</source>
        <translation>
            <numerusform>Die Vorhersage von %n Video (RGB-Gewicht %1, I3D-Anteil %2) wurde nach %3 exportiert.</numerusform>
            <numerusform>Die Vorhersagen von %n Videos (RGB-Gewicht %1, I3D-Anteil %2) wurden nach %3 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n video(s) are not fully analysed yet: their frames without a prediction are left empty.</source>
        <translation>
            <numerusform>%n Video ist noch nicht vollständig analysiert: seine Frames ohne Vorhersage bleiben leer.</numerusform>
            <numerusform>%n Videos sind noch nicht vollständig analysiert: ihre Frames ohne Vorhersage bleiben leer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export All Predictions</source>
        <translation>Alle Vorhersagen exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Fusing and writing the predictions of %n video(s)...</source>
        <translation>
            <numerusform>Die Vorhersage von %n Video wird fusioniert und geschrieben...</numerusform>
            <numerusform>Die Vorhersagen von %n Videos werden fusioniert und geschrieben...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Prediction</source>
        <translation>Vorhersage exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no prediction for this video yet: analyse it first (Models &gt; Analyse This Video).</source>
        <translation>Für dieses Video gibt es noch keine Vorhersage: Analysieren Sie es zuerst (Modelle &gt; Dieses Video analysieren).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Prediction as CSV</source>
        <translation>Vorhersage als CSV exportieren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exported the prediction (RGB weight %1, I3D share %2) to %3 and its bouts to %4.</source>
        <translation>Vorhersage (RGB-Gewicht %1, I3D-Anteil %2) nach %3 und ihre Episoden nach %4 exportiert.</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+74"/>
        <source>The models&apos; class &quot;%1&quot; has no behavior of that name: its probabilities are in the column p_%1.</source>
        <translation>Zur Klasse „%1“ der Modelle gibt es kein Verhalten dieses Namens: Ihre Wahrscheinlichkeiten stehen in der Spalte p_%1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Annotator Name</source>
        <translation>Name des Annotators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your labels are saved under this name:</source>
        <translation>Ihre Labels werden unter diesem Namen gespeichert:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>From frame %1 on, the bout is %2 (Ctrl+Z undoes it).</source>
        <translation>Ab Frame %1 ist die Episode %2 (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bout now ends before frame %1 (Ctrl+Z undoes it).</source>
        <translation>Die Episode endet jetzt vor Frame %1 (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the bouts to merge first (Shift+drag on the timeline).</source>
        <translation>Wählen Sie zuerst die Episoden aus, die zusammengeführt werden sollen (Umschalt+Ziehen auf der Zeitleiste).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language changes when Ethoscribe starts next time.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Ethoscribe.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
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
Ctrl+Z / Ctrl+Shift+Z: undo / redo
Ctrl+R: analyse this video
N / Shift+N: next / previous uncertain bout
Ctrl+Return: accept the prediction (selection, or the bout under the playhead)
Drag a bout edge of your track: move it; Ctrl+M: merge the selected bouts
Ctrl+Shift+F: optical flow over the video</source>
        <translation>Verhaltenstasten (labeln den aktuellen Frame oder die Auswahl; während der Wiedergabe gedrückt halten, um fortlaufend zu labeln):
%1
Leertaste: Wiedergabe / Pause
Pfeil links / Pfeil rechts: einen Frame zurück / vor
Umschalt+Pfeil links / Umschalt+Pfeil rechts: eine Sekunde
Bild auf / Bild ab: vorheriger / nächster Labelwechsel
[ / ]: langsamer / schneller
Umschalt+Ziehen auf der Zeitleiste: Frames auswählen
Entf: Labels der Auswahl oder des Frames löschen
Mausrad auf der Zeitleiste: zoomen; Umschalt+Mausrad: scrollen; Doppelklick: ganzes Video
Strg+Z / Strg+Umschalt+Z: rückgängig / wiederholen
Strg+R: dieses Video analysieren
N / Umschalt+N: nächste / vorherige unsichere Episode
Strg+Eingabe: Vorhersage übernehmen (Auswahl oder die Episode unter der Abspielposition)
Rand einer Episode in Ihrer Spur ziehen: verschieben; Strg+M: ausgewählte Episoden zusammenführen
Strg+Umschalt+F: optischer Fluss über dem Video</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About Ethoscribe</source>
        <translation>Über Ethoscribe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Ethoscribe %1&lt;/h3&gt;&lt;p&gt;Per-frame behavior labels (ethograms) from home-cage mouse videos.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later&lt;/p&gt;&lt;p&gt;Built with:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ethoscribe %1&lt;/h3&gt;&lt;p&gt;Frame-genaue Verhaltenslabels (Ethogramme) aus Heimkäfig-Videos von Mäusen.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later&lt;/p&gt;&lt;p&gt;Erstellt mit:&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Analyses are running</source>
        <translation>Analysen laufen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n video(s) are still being analysed. Stop and quit? What is finished is kept, and analysing again later resumes where it stopped.</source>
        <translation>
            <numerusform>%n Video wird noch analysiert. Anhalten und beenden? Was fertig ist, bleibt erhalten, und eine spätere erneute Analyse setzt dort fort, wo sie angehalten wurde.</numerusform>
            <numerusform>%n Videos werden noch analysiert. Anhalten und beenden? Was fertig ist, bleibt erhalten, und eine spätere erneute Analyse setzt dort fort, wo sie angehalten wurde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ethoscribe::PredictionController</name>
    <message>
        <location filename="../ui/prediction/PredictionController.cpp" line="+64"/>
        <source>I3D</source>
        <translation>I3D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R(2+1)D</source>
        <translation>R(2+1)D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prediction</source>
        <translation>Vorhersage</translation>
    </message>
</context>
<context>
    <name>ethoscribe::PreferencesDialog</name>
    <message>
        <location filename="../ui/mainwindow/PreferencesDialog.cpp" line="+43"/>
        <source>Make scrubbing copies of long videos</source>
        <translation>Vorschaukopien langer Videos anlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your labels are saved under this name.</source>
        <translation>Ihre Labels werden unter diesem Namen gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads the networks use for analyses in this window.</source>
        <translation>CPU-Threads, die die Netze für Analysen in diesem Fenster verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every 4th frame, blended between (recommended)</source>
        <translation>Jedes 4. Bild, dazwischen überblendet (empfohlen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every frame (the paper&apos;s; about 4 times slower)</source>
        <translation>Jedes Bild (wie im Paper; etwa 4-mal langsamer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long passes that share work (fastest; check the results)</source>
        <translation>Lange Durchläufe mit geteilter Arbeit (am schnellsten; Ergebnisse prüfen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each frame is predicted from 16 frames around it. Every 4th frame keeps almost all labels of one window per frame at a quarter of the work. Long passes are faster still, but models trained on single windows can give other labels there: compare a video with the recommended setting before you rely on them. Applies to analyses started afterwards; stored predictions are kept.</source>
        <translation>Jedes Bild wird aus den 16 Bildern um es herum vorhergesagt. Jedes 4. Bild behält fast alle Labels eines Fensters pro Bild bei einem Viertel der Arbeit. Lange Durchläufe sind noch schneller, aber Modelle, die auf einzelnen Fenstern trainiert wurden, können dort andere Labels liefern: Vergleichen Sie ein Video mit der empfohlenen Einstellung, bevor Sie sich darauf verlassen. Gilt für danach gestartete Analysen; gespeicherte Vorhersagen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>32-bit floating point, as trained (recommended)</source>
        <translation>32-Bit-Gleitkomma, wie trainiert (empfohlen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>16-bit floating point (faster on recent processors and GPUs)</source>
        <translation>16-Bit-Gleitkomma (schneller auf neueren Prozessoren und GPUs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>8-bit integers (fastest on the processor; a few labels change)</source>
        <translation>8-Bit-Ganzzahlen (am schnellsten auf dem Prozessor; einige Labels ändern sich)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>16-bit floating point makes full-size networks about 2 times faster on processors with bfloat16 instructions (AVX-512 BF16 or AMX) and faster on GPUs; about 1 in 100 labels changed in our tests. Where the processor lacks them, the analysis says so and you switch back. 8-bit integers are several times faster for full-size networks on processors without a GPU, no faster for small ones; about 2 in 100 labels changed in our tests: compare a video with and without before you rely on it. Applies to analyses started afterwards; stored predictions are kept.</source>
        <translation>16-Bit-Gleitkomma macht Netze in voller Größe auf Prozessoren mit bfloat16-Befehlen (AVX-512 BF16 oder AMX) etwa doppelt so schnell und auf GPUs schneller; in unseren Tests änderte sich etwa 1 von 100 Labels. Fehlen dem Prozessor diese Befehle, meldet die Analyse das, und Sie stellen wieder um. 8-Bit-Ganzzahlen sind für Netze in voller Größe auf Prozessoren ohne GPU um ein Mehrfaches schneller, für kleine nicht; in unseren Tests änderten sich etwa 2 von 100 Labels: Vergleichen Sie ein Video mit und ohne, bevor Sie sich darauf verlassen. Gilt für danach gestartete Analysen; gespeicherte Vorhersagen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory for decoded frames: more makes scrubbing back and forth over long stretches smoother.</source>
        <translation>Arbeitsspeicher für dekodierte Frames: Mehr Speicher macht das Hin- und Herspulen über lange Abschnitte flüssiger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For videos of 20 seconds or more whose full pictures are far apart: a copy made in the background (kept in your cache folder) shows any frame at once while you drag or click on the timeline; the exact frame follows. Labels always use the original.</source>
        <translation>Für Videos ab 20 Sekunden, deren vollständige Bilder weit auseinander liegen: Eine im Hintergrund angelegte Kopie (in Ihrem Cache-Ordner) zeigt jeden Frame sofort, während Sie auf der Zeitleiste ziehen oder klicken; der exakte Frame folgt. Labels verwenden immer das Original.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TV-L1 (the paper&apos;s; slow)</source>
        <translation>TV-L1 (wie in der Veröffentlichung; langsam)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIS (fast)</source>
        <translation>DIS (schnell)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How this project computes optical flow. Flow models must be used with the flow they were trained on.</source>
        <translation>Wie dieses Projekt den optischen Fluss berechnet. Fluss-Modelle müssen mit dem Fluss verwendet werden, mit dem sie trainiert wurden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language of the window and of ethoscribe-cli. It applies when Ethoscribe starts next time.</source>
        <translation>Die Sprache des Fensters und von ethoscribe-cli. Sie gilt ab dem nächsten Start von Ethoscribe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotator name:</source>
        <translation>Name des Annotators:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis threads:</source>
        <translation>Analyse-Threads:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis windows:</source>
        <translation>Analysefenster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network arithmetic:</source>
        <translation>Arithmetik der Netze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame cache:</source>
        <translation>Frame-Cache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optical flow (project):</source>
        <translation>Optischer Fluss (Projekt):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a project to choose its optical flow.</source>
        <translation>Öffnen Sie ein Projekt, um dessen optischen Fluss auszuwählen.</translation>
    </message>
</context>
<context>
    <name>ethoscribe::ProjectAnalysis</name>
    <message>
        <location filename="../core/analysis/ProjectAnalysis.cpp" line="+59"/>
        <source>Choose at least one model to analyse with.</source>
        <translation>Wählen Sie mindestens ein Modell für die Analyse aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2 are both %3 %4 models; choose one model per network and stream.</source>
        <translation>%1 und %2 sind beide %3-%4-Modelle; wählen Sie ein Modell pro Netz und Strom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 predicts the behaviors %2, but %3 predicts %4: models that are fused must share their behaviors, in the same order.</source>
        <translation>%1 sagt die Verhaltensweisen %2 vorher, %3 aber %4: Modelle, die fusioniert werden, müssen dieselben Verhaltensweisen in derselben Reihenfolge haben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The models predict the behavior &quot;%1&quot;, which this project does not have. Add the behavior to the project first, or use models trained on its behaviors.</source>
        <translation>Die Modelle sagen das Verhalten &quot;%1&quot; vorher, das es in diesem Projekt nicht gibt. Fügen Sie das Verhalten zuerst dem Projekt hinzu oder verwenden Sie Modelle, die auf dessen Verhaltensweisen trainiert wurden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This project is open read-only, so predictions cannot be stored in it: %1</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet, daher können keine Vorhersagen darin gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This video is no longer in the project.</source>
        <translation>Dieses Video gehört nicht mehr zum Projekt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video file %1 was not found. Put it back where it was, or relocate the project&apos;s videos, then analyse it again.</source>
        <translation>Die Videodatei %1 wurde nicht gefunden. Legen Sie sie wieder an ihren ursprünglichen Ort oder ändern Sie den Speicherort der Projektvideos und analysieren Sie sie dann erneut.</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+15"/>
        <source>The predictions could not be saved in the project: %1</source>
        <translation>Die Vorhersagen konnten nicht im Projekt gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ethoscribe::RemoveBehaviorDialog</name>
    <message>
        <location filename="../ui/labeling/BehaviorsDialog.cpp" line="+22"/>
        <source>Remove Behavior</source>
        <translation>Verhalten entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No frame is labeled &quot;%1&quot;. Removing it changes no label.</source>
        <translation>Kein Frame ist mit „%1“ gelabelt. Das Entfernen ändert keine Labels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; labels %2 frames in %3 tracks of %4 videos. What should these frames become?</source>
        <translation>Mit „%1“ sind %2 Frames in %3 Spuren von %4 Videos gelabelt. Was soll aus diesen Frames werden?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlabeled (the labels are erased)</source>
        <translation>Ohne Label (die Labels werden gelöscht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another behavior:</source>
        <translation>Ein anderes Verhalten:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove &quot;%1&quot;</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit &gt; Undo brings the behavior and its labels back.</source>
        <translation>Bearbeiten &gt; Rückgängig holt das Verhalten und seine Labels zurück.</translation>
    </message>
</context>
<context>
    <name>ethoscribe::RetrainDialog</name>
    <message>
        <location filename="../ui/training/RetrainDialog.cpp" line="+59"/>
        <source>Retrain - %1</source>
        <translation>Neu trainieren - %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to train</source>
        <translation>Was trainiert wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I3D</source>
        <translation>I3D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R(2+1)D</source>
        <translation>R(2+1)D</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Networks:</source>
        <translation>Netze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RGB frames</source>
        <translation>RGB-Frames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optical flow</source>
        <translation>Optischer Fluss</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Streams:</source>
        <translation>Ströme:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small (trains on a CPU in minutes)</source>
        <translation>Klein (trainiert auf einer CPU in Minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full (the paper&apos;s networks; needs a GPU or days)</source>
        <translation>Vollständig (die Netze der Veröffentlichung; braucht eine GPU oder Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last block and the classifier</source>
        <translation>Den letzten Block und den Klassifikator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the classifier (fast, with starting weights)</source>
        <translation>Nur den Klassifikator (schnell, mit Startgewichten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train:</source>
        <translation>Trainieren:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps per network:</source>
        <translation>Schritte pro Netz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: random weights</source>
        <translation>keine: zufällige Gewichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting weights</source>
        <translation>Startgewichte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ethoscribe models (*.safetensors)</source>
        <translation>Ethoscribe-Modelle (*.safetensors)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starting weights:</source>
        <translation>Startgewichte:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU threads:</source>
        <translation>CPU-Threads:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic (a GPU when there is one)</source>
        <translation>Automatisch (GPU, falls vorhanden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then train on all recordings: the models to use on new videos</source>
        <translation>Danach auf allen Aufnahmen trainieren: die Modelle für neue Videos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the folds, each network and stream is trained once more on every labeled recording. The folds say how well the models do on a recording they have not seen; these models learn from all your labels and are the ones to analyse new videos with. Adds one fold&apos;s training time.</source>
        <translation>Nach den Folds wird jedes Netz und jeder Strom noch einmal auf jeder gelabelten Aufnahme trainiert. Die Folds zeigen, wie gut die Modelle eine Aufnahme erkennen, die sie nicht gesehen haben; diese Modelle lernen aus allen Ihren Labels und sind die, mit denen Sie neue Videos analysieren. Kostet die Trainingszeit eines Folds.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run on the SLURM cluster (one task per fold, network and stream)</source>
        <translation>Auf dem SLURM-Cluster ausführen (ein Task pro Fold, Netz und Strom)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>partition (default)</source>
        <translation>Partition (Standard)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time limit, e.g. 04:00:00</source>
        <translation>Zeitlimit, z. B. 04:00:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memory, e.g. 8G</source>
        <translation>Arbeitsspeicher, z. B. 8G</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. gpu:1</source>
        <translation>z. B. gpu:1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cores per task: </source>
        <translation>Kerne pro Task: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sbatch was not found: this computer is not a SLURM login node.</source>
        <translation>sbatch wurde nicht gefunden: Dieser Computer ist kein SLURM-Login-Knoten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave-one-recording-out cross-validation over every labeled recording of the project.</source>
        <translation>Leave-one-recording-out-Kreuzvalidierung (jeweils eine Aufnahme ausgelassen) über alle gelabelten Aufnahmen des Projekts.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Results &amp;Folder</source>
        <translation>Ergebnis&amp;ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use the New Models</source>
        <translation>Neue Modelle &amp;verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyse this project&apos;s videos with the models the run trained on all recordings (Models &gt; Choose Models... shows them).</source>
        <translation>Die Videos dieses Projekts mit den Modellen analysieren, die der Lauf auf allen Aufnahmen trainiert hat (Modelle &gt; Modelle auswählen... zeigt sie).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Estimated from how fast the run has gone so far.</source>
        <translation>Geschätzt danach, wie schnell der Lauf bisher vorangekommen ist.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Submitted to the cluster; waiting for the scheduler...</source>
        <translation>An den Cluster übermittelt; es wird auf den Scheduler gewartet...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done on the cluster. The results are in %1.</source>
        <translation>Auf dem Cluster fertig. Die Ergebnisse liegen in %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run could not be collected: %1</source>
        <translation>Der Lauf konnte nicht eingesammelt werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cluster run failed: %1. The project is unchanged.</source>
        <translation>Der Cluster-Lauf ist fehlgeschlagen: %1. Das Projekt ist unverändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Following the cluster run in %1 (submitted earlier)...</source>
        <translation>Der Cluster-Lauf in %1 (früher eingereicht) wird verfolgt...</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Choose at least one network.</source>
        <translation>Wählen Sie mindestens ein Netz aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one stream.</source>
        <translation>Wählen Sie mindestens einen Strom aus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A starting-weights file is made for one network and one stream. Tick only the network and the stream it was made for, or give one file for each, separated by commas, like this: i3d/rgb=FILE,i3d/flow=FILE</source>
        <translation>Eine Datei mit Startgewichten ist für ein Netz und einen Strom gemacht. Wählen Sie nur das Netz und den Strom, für die sie gemacht ist, oder geben Sie für jeden eine Datei an, durch Kommas getrennt, zum Beispiel so: i3d/rgb=DATEI,i3d/flow=DATEI</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Submitting to the cluster...</source>
        <translation>Wird an den Cluster übermittelt...</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+294"/>
        <source>Starting...</source>
        <translation>Wird gestartet...</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Cluster: %1 tasks, %2.</source>
        <translation>Cluster: %1 Tasks, %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume submits the failed tasks again.</source>
        <translation>Fortsetzen übermittelt die fehlgeschlagenen Tasks erneut.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelling the cluster jobs...</source>
        <translation>Die Cluster-Jobs werden abgebrochen...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopping after the next checkpoint...</source>
        <translation>Wird nach dem nächsten Checkpoint angehalten...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submitting the failed tasks again...</source>
        <translation>Die fehlgeschlagenen Tasks werden erneut übermittelt...</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+67"/>
        <source>Resuming...</source>
        <translation>Wird fortgesetzt...</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fold %1 of %2: all recordings (the models for new videos)</source>
        <translation>Fold %1 von %2: alle Aufnahmen (die Modelle für neue Videos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fold %1 of %2: holding out %3</source>
        <translation>Fold %1 von %2: %3 wird ausgelassen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>fold %1, %2</source>
        <translation>Fold %1, %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fold %1 of %2, %3: step %4 of %5, loss %6</source>
        <translation>Fold %1 von %2, %3: Schritt %4 von %5, Verlust %6</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fold %1, %2: %3% of the held-out frames right</source>
        <translation>Fold %1, %2: %3 % der ausgelassenen Frames richtig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2: frame %3 of %4</source>
        <translation>%1 %2: Frame %3 von %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optical flow of</source>
        <translation>Optischer Fluss von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>Einlesen von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features of</source>
        <translation>Merkmale von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicting</source>
        <translation>Vorhersage für</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped. Resume continues from the last checkpoint.</source>
        <translation>Angehalten. Fortsetzen macht beim letzten Checkpoint weiter.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Done. The results are in %1.</source>
        <translation>Fertig. Die Ergebnisse liegen in %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run failed: %1. The project is unchanged.</source>
        <translation>Der Lauf ist fehlgeschlagen: %1. Das Projekt ist unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run was stopped. Resume continues it from its last checkpoint.</source>
        <translation>Der Lauf wurde angehalten. Fortsetzen setzt ihn ab seinem letzten Checkpoint fort.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Running...</source>
        <translation>Läuft...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The project could not record the run: %1</source>
        <translation>Das Projekt konnte den Lauf nicht speichern: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The run wrote no evaluation (see its folder).</source>
        <translation>Der Lauf hat keine Auswertung geschrieben (siehe seinen Ordner).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2% of the labeled frames right at RGB weight %3</source>
        <translation>%1: %2 % der gelabelten Frames richtig bei RGB-Gewicht %3</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The run goes on on the cluster without this window. Follow it later with &apos;ethoscribe-cli runs status %1&apos; and gather it with &apos;ethoscribe-cli runs collect %1&apos;. Close?</source>
        <translation>Der Lauf geht auf dem Cluster ohne dieses Fenster weiter. Verfolgen Sie ihn später mit &apos;ethoscribe-cli runs status %1&apos; und holen Sie die Ergebnisse mit &apos;ethoscribe-cli runs collect %1&apos; ab. Schließen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The run is still going. Stop it, or leave it running? (Reopening Retrain later shows it again.)</source>
        <translation>Der Lauf ist noch aktiv. Anhalten oder weiterlaufen lassen? (Wenn Sie „Neu trainieren“ später wieder öffnen, wird er erneut angezeigt.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop the Run</source>
        <translation>Lauf anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave It Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>ethoscribe::RunResultsDialog</name>
    <message>
        <location filename="../ui/training/RunResultsDialog.cpp" line="+24"/>
        <source>Training Results</source>
        <translation>Trainingsergebnisse</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cross-validation trains one set of models per fold, each without one recording. The models trained on all recordings (when the run made them) are chosen first, else the fold that predicted its held-out recording best.</source>
        <translation>Die Kreuzvalidierung trainiert je Fold einen Satz Modelle, jeweils ohne eine Aufnahme. Zuerst gewählt sind die auf allen Aufnahmen trainierten Modelle (wenn der Lauf sie erstellt hat), sonst der Fold, der seine zurückgehaltene Aufnahme am besten vorhergesagt hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use These Models</source>
        <translation>Diese Modelle verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyse this project&apos;s videos with the chosen fold&apos;s models (Models &gt; Choose Models... shows them).</source>
        <translation>Die Videos dieses Projekts mit den Modellen des gewählten Folds analysieren (Modelle &gt; Modelle auswählen... zeigt sie an).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Models of:</source>
        <translation>Modelle von:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare (tick runs)</source>
        <translation>Vergleichen (Läufe ankreuzen)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The project has recorded no run yet: Models &gt; Retrain... makes one.</source>
        <translation>Das Projekt hat noch keinen Lauf aufgezeichnet: Modelle &gt; Neu trainieren... erstellt einen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All recordings (the models for new videos)</source>
        <translation>Alle Aufnahmen (die Modelle für neue Videos)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fold %1 (without %2): %3 on it</source>
        <translation>Fold %1 (ohne %2): %3 Genauigkeit darauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fold %1 (without %2)</source>
        <translation>Fold %1 (ohne %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This run&apos;s folder has no models (they were moved or deleted).</source>
        <translation>Der Ordner dieses Laufs enthält keine Modelle (sie wurden verschoben oder gelöscht).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 recordings, %2 labeled frames.</source>
        <translation>%1 Aufnahmen, %2 gelabelte Frames.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 at RGB weight %3 (by RGB weight: %4)</source>
        <translation>%1: %2 bei RGB-Gewicht %3 (nach RGB-Gewicht: %4)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The picture %1 cannot be read.</source>
        <translation>Das Bild %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, best accuracy</source>
        <translation>%1, beste Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, best RGB weight</source>
        <translation>%1, bestes RGB-Gewicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>labeled frames</source>
        <translation>gelabelte Frames</translation>
    </message>
</context>
<context>
    <name>ethoscribe::StatisticsDialog</name>
    <message>
        <location filename="../ui/statistics/StatisticsDialog.cpp" line="+84"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The track whose statistics are shown: an annotator&apos;s labels or a model&apos;s predictions.</source>
        <translation>Die Spur, deren Statistik angezeigt wird: die Labels eines Annotators oder die Vorhersagen eines Modells.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the track with this one, frame by frame: two annotators, or a model against the manual labels.</source>
        <translation>Die Spur Frame für Frame mit dieser vergleichen: zwei Annotatoren oder ein Modell im Vergleich zu den manuellen Labels.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut each video into time bins of this length (for example 300 s after an injection) and show each behavior per bin.</source>
        <translation>Jedes Video in Zeitabschnitte dieser Länge teilen (z. B. 300 s nach einer Injektion) und jedes Verhalten pro Abschnitt anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Videos</source>
        <translation>Alle Videos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Track:</source>
        <translation>Spur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time bins:</source>
        <translation>Zeitabschnitte:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Videos:</source>
        <translation>Videos:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The table, the transitions, time bins and agreement of the pooled selection or of one video.</source>
        <translation>Die Tabelle, die Übergänge, Zeitabschnitte und die Übereinstimmung der zusammengefassten Auswahl oder eines einzelnen Videos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Seconds of each behavior per time bin:</source>
        <translation>Sekunden jedes Verhaltens pro Zeitabschnitt:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Confusion matrix in frames (rows: the track, columns: the compared track):</source>
        <translation>Konfusionsmatrix in Frames (Zeilen: die Spur, Spalten: die verglichene Spur):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethogram</source>
        <translation>Ethogramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time Budget</source>
        <translation>Zeitbudget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over Time</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transitions</source>
        <translation>Übergänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every plot as PNG, PDF and SVG with its numbers as CSV, and the statistics as CSV, into a folder.</source>
        <translation>Jedes Diagramm als PNG, PDF und SVG mit seinen Zahlen als CSV sowie die Statistik als CSV in einen Ordner schreiben.</translation>
    </message>
    <message numerus="yes">
        <location line="+292"/>
        <source>The selection, pooled (%n video(s))</source>
        <translation>
            <numerusform>Die Auswahl, zusammengefasst (%n Video)</numerusform>
            <numerusform>Die Auswahl, zusammengefasst (%n Videos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Reading and fusing the predictions of %n video(s)...</source>
        <translation>
            <numerusform>Die Vorhersage von %n Video wird gelesen und fusioniert...</numerusform>
            <numerusform>Die Vorhersagen von %n Videos werden gelesen und fusioniert...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project has no labels or predictions yet.</source>
        <translation>Das Projekt hat noch keine Labels oder Vorhersagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the chosen videos has the track &quot;%1&quot;.</source>
        <translation>Keines der gewählten Videos hat die Spur „%1“.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %2 frames labeled in %n video(s).</source>
        <translation>
            <numerusform>%1 von %2 Frames in %n Video gelabelt.</numerusform>
            <numerusform>%1 von %2 Frames in %n Videos gelabelt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Reading and fusing the predictions of %n more video(s)...</source>
        <translation>
            <numerusform>Die Vorhersage von %n weiteren Video wird gelesen und fusioniert...</numerusform>
            <numerusform>Die Vorhersagen von %n weiteren Videos werden gelesen und fusioniert...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The predictions could not be read: %1</source>
        <translation>Die Vorhersagen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared frames</source>
        <translation>Verglichene Frames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohens Kappa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macro F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a track under &quot;Compare with&quot; to see how well two tracks agree.</source>
        <translation>Wählen Sie unter „Vergleichen mit“ eine Spur aus, um zu sehen, wie gut zwei Spuren übereinstimmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; compared with &quot;%2&quot; on the frames labeled in both.</source>
        <translation>„%1“ im Vergleich mit „%2“ auf den Frames, die in beiden gelabelt sind.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Behavior</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of labeled</source>
        <translation>% der gelabelten Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bouts</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean bout (s)</source>
        <translation>Mittlere Episodendauer (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median bout (s)</source>
        <translation>Mediane Episodendauer (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First bout at (s)</source>
        <translation>Erste Episode bei (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First bout at (s), mean</source>
        <translation>Erste Episode bei (s), Mittelwert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Bin (s)</source>
        <translation>Abschnitt (s)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Export Statistics To</source>
        <translation>Statistik exportieren nach</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Export Statistics</source>
        <translation>Statistik exportieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The statistics could not be exported: %1
Choose a folder you can write to.</source>
        <translation>Die Statistik konnte nicht exportiert werden: %1
Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Wrote %n file(s) into %1.</source>
        <translation>
            <numerusform>%n Datei in %1 geschrieben.</numerusform>
            <numerusform>%n Dateien in %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ethoscribe::TaskList</name>
    <message>
        <location filename="../ui/tasks/TaskList.cpp" line="+24"/>
        <source>Nothing is running.</source>
        <translation>Es läuft nichts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jobs that ended, newest first.</source>
        <translation>Beendete Jobs, neueste zuerst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent:</source>
        <translation>Zuletzt:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this job; what it finished is kept.</source>
        <translation>Diesen Job anhalten; was er bereits fertiggestellt hat, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n weiterer)</numerusform>
            <numerusform> (+%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ethoscribe::TimelineWidget</name>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="+36"/>
        <source>Click or drag to move the playhead. Shift+drag selects frames; then press a behavior key to label them. Wheel zooms, Shift+wheel scrolls, double-click shows the whole video.</source>
        <translation>Klicken oder ziehen Sie, um die Abspielposition zu verschieben. Umschalt+Ziehen wählt Frames aus; drücken Sie dann eine Verhaltenstaste, um sie zu labeln. Das Mausrad zoomt, Umschalt+Mausrad scrollt, ein Doppelklick zeigt das ganze Video.</translation>
    </message>
</context>
<context>
    <name>ethoscribe::VideoPlayer</name>
    <message>
        <location filename="../ui/player/VideoPlayer.cpp" line="+32"/>
        <location line="+100"/>
        <source>No video open.
Use File &gt; Add Videos or File &gt; Open Demo.</source>
        <translation>Kein Video geöffnet.
Verwenden Sie Datei &gt; Videos hinzufügen oder Datei &gt; Demo öffnen.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>One frame back (Left)</source>
        <translation>Einen Frame zurück (Pfeil links)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One frame forward (Right)</source>
        <translation>Einen Frame vor (Pfeil rechts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play or pause (Space)</source>
        <translation>Wiedergabe oder Pause (Leertaste)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1x</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Frame %1 could not be decoded: %2</source>
        <translation>Frame %1 konnte nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opening %1 ...</source>
        <translation>%1 wird geöffnet ...</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Frame %1 / %2   %3 / %4</source>
        <translation>Frame %1 / %2   %3 / %4</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+44"/>
        <source>Ethoscribe: per-frame behavior labels (ethograms) from home-cage mouse videos.</source>
        <translation>Ethoscribe: bildgenaue Verhaltenslabels (Ethogramme) aus Heimkäfig-Videos von Mäusen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the version and library versions.</source>
        <translation>Version und Bibliotheksversionen anzeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the demo project in &lt;folder&gt;; synthetic cage videos are generated there first if it has none.</source>
        <translation>Das Demoprojekt in &lt;Ordner&gt; öffnen; fehlen dort synthetische Käfigvideos, werden sie zuerst erzeugt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window to &lt;file&gt; after &lt;ms&gt; and quit (for documentation and checks).</source>
        <translation>Nach &lt;ms&gt; ein Bild des Fensters in &lt;Datei&gt; speichern und beenden (für Dokumentation und Prüfungen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delay before the screenshot (default 4000).</source>
        <translation>Wartezeit vor dem Bildschirmfoto (Standard 4000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A project (.ethoproj) or videos to open.</source>
        <translation>Ein Projekt (.ethoproj) oder Videos zum Öffnen.</translation>
    </message>
</context>
</TS>
