<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AcceptPredictionsCommand</name>
    <message>
        <location filename="../core/project/commands/AcceptPredictionsCommand.cpp" line="+18"/>
        <location line="+11"/>
        <source>Accept predictions</source>
        <translation>予測を採用</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The track to accept labels from is not a prediction track.</source>
        <translation>ラベルの採用元のトラックは予測トラックではありません。</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+19"/>
        <source>The predictions belong to another video.</source>
        <translation>この予測は別の動画のものです。</translation>
    </message>
</context>
<context>
    <name>AddBehaviorCommand</name>
    <message>
        <location filename="../core/project/commands/AddBehaviorCommand.cpp" line="+13"/>
        <source>Add behavior</source>
        <translation>行動を追加</translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <location filename="../app/cli/AnalyzeCommand.cpp" line="+79"/>
        <source>Predicts the behavior in every frame of videos with trained models (both networks and streams of the paper, or any of them) and writes for each video &lt;name&gt;_ethogram.csv (per frame) and &lt;name&gt;_bouts.csv into --out (a second video of the same name, from another folder: &lt;name&gt;_2_...). Without --project the predictions live in a temporary project; with it they are stored there, and a second run computes only what is missing. Progress as JSON lines (--human for readable lines). Ctrl+C stops after the current block. Exit code 0 when every video was analysed.</source>
        <translation>学習済みモデル（論文の両ネットワーク・両ストリーム、またはそのいずれか）で動画の全フレームの行動を予測し、動画ごとに &lt;name&gt;_ethogram.csv（フレームごと）と &lt;name&gt;_bouts.csv を --out に書き出します（別のフォルダーにある同じ名前の 2 本目の動画は &lt;name&gt;_2_...）。--project を指定しない場合、予測は一時プロジェクトに置かれます。指定した場合は予測がそのプロジェクトに保存され、2 回目の実行では不足している分だけを計算します。進捗は JSON 行で出力されます（読みやすい行にするには --human）。Ctrl+C を押すと現在のブロックの後で停止します。すべての動画を解析できた場合、終了コードは 0 です。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Video files to analyse.</source>
        <translation>解析する動画ファイル。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A trained model file (from &apos;train&apos;, &apos;cv&apos; or &apos;model import&apos;); repeat for each network and stream, e.g. --model i3d_rgb.safetensors --model i3d_flow.safetensors.</source>
        <translation>学習済みモデルファイル（&apos;train&apos;、&apos;cv&apos; または &apos;model import&apos; で作成したもの）。ネットワークとストリームごとに繰り返し指定します。例: --model i3d_rgb.safetensors --model i3d_flow.safetensors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for the CSV files (created if needed).</source>
        <translation>CSV ファイルの出力先フォルダー（必要に応じて作成されます）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+85"/>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Weight of the RGB stream in the fusion, 0 to 1 (default 0.4, the paper&apos;s best); flow gets the rest.</source>
        <translation>融合における RGBストリームの重み。0〜1（既定値 0.4、論文での最良値）。残りがフローの重みになります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight of I3D against R(2+1)D, 0 to 1 (default 0.5).</source>
        <translation>R(2+1)D に対する I3D の重み。0〜1（既定値 0.5）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Width in frames of a majority filter over the fused labels (odd; default 1 = none).</source>
        <translation>融合後のラベルにかける多数決フィルターの幅（フレーム数、奇数。既定値 1 = なし）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>frames</source>
        <translation>フレーム数</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Bouts shorter than this many frames are merged into a neighbour (default 1 = none).</source>
        <translation>このフレーム数より短いバウトは隣のバウトに統合されます（既定値 1 = なし）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window placement: stride (default: one 16-frame window every --stride frames, frames in between blended; --stride 1 is the paper&apos;s scheme and the slowest) or dense (one network pass per 72-frame segment, outputs every 8 frames: fastest, but further from the paper&apos;s results; see docs/BENCHMARKS.md).</source>
        <translation>ウィンドウの配置: stride（既定。--stride フレームごとに 16 フレームのウィンドウを 1 つ置き、間のフレームはブレンドします。--stride 1 が論文の方式で、最も低速です）または dense（72 フレームのセグメントごとにネットワークを 1 回通し、8 フレームごとに出力します。最速ですが、論文の結果からは離れます。docs/BENCHMARKS.md を参照）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stride|dense</source>
        <translation>stride|dense</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frames between windows in stride mode (default 4: measured 99.6% the same fused labels as 1, in a quarter of the network time).</source>
        <translation>stride モードでのウィンドウ間のフレーム数（既定値 4: 測定では、融合後のラベルが 1 の場合と 99.6% 一致し、ネットワークの計算時間は 4 分の 1 でした）。</translation>
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
        <translation>ネットワークの演算: float32(既定: 学習時のまま)、float16(16 ビットのコピー。bfloat16 命令(AVX-512 BF16 や AMX など)を持つプロセッサーでは bfloat16、CUDA では半精度。そのようなプロセッサーではフルサイズのネットワークが約 2 倍速く、ラベルの約 1% が float32 と異なる。それ以外では拒否されます)、または int8(動画ごとに較正した 8 ビットのコピー、プロセッサーのみ。AVX-512 VNNI などの 8 ビット内積を持つ CPU ではフルサイズのネットワークが数倍速い。ラベルの約 2% が異なる。その場合 CUDA は float32 で計算します)。docs/BENCHMARKS.md を参照してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>float32|float16|int8</source>
        <translation>float32|float16|int8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store the predictions in this project (videos are added to it when missing).</source>
        <translation>予測をこのプロジェクトに保存します（プロジェクトにない動画は追加されます）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Optical flow for flow models when it is not cached yet: dis (default without a project: fast) or tvl1 (the paper&apos;s; slow). With --project its setting is used.</source>
        <translation>フローモデル用のオプティカルフローがまだキャッシュされていない場合の計算方法: dis（プロジェクトなしの場合の既定。高速）または tvl1（論文の方式。低速）。--project を指定した場合は、そのプロジェクトの設定が使われます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dis|tvl1</source>
        <translation>dis|tvl1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read a video&apos;s optical flow from this project&apos;s cache when it holds all of it (same method); it is never written. With --slurm and --project, the tasks read the project&apos;s cache this way.</source>
        <translation>このプロジェクトのキャッシュに動画のオプティカルフローがすべて (同じ方式で) あれば、そこから読み込みます。そこへは書き込みません。--slurm と --project を指定すると、各タスクはこの方法でプロジェクトのキャッシュを読み込みます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the fused probability of each behavior to the per-frame CSV.</source>
        <translation>フレームごとの CSV に、各行動の融合後の確率を追加します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU threads for the networks (default: all cores).</source>
        <translation>ネットワークに使う CPU スレッド数（既定: 全コア）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto (default: CUDA when available), cpu, cuda or cuda:N.</source>
        <translation>auto（既定: 利用可能なら CUDA）、cpu、cuda または cuda:N。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print progress as readable lines instead of JSON lines.</source>
        <translation>進捗を JSON 行ではなく読みやすい行で出力します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --slurm: the run folder, on storage the compute nodes share (new or empty).</source>
        <translation>--slurm 使用時: ランフォルダー（計算ノードが共有するストレージ上の、新規または空のフォルダー）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --slurm: videos analysed by each task of the job array (default 1).</source>
        <translation>--slurm 使用時: ジョブ配列の各タスクが解析する動画の数（既定値 1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run on a SLURM cluster: write the run folder (--run, on storage the compute nodes share), submit one job array task per group of videos (--videos-per-task), print the job ids and return. Follow with &apos;runs status&apos;, gather with &apos;runs collect&apos;.</source>
        <translation>SLURM クラスターで実行します: ランフォルダーを（--run、計算ノードが共有するストレージ上に）書き出し、動画のグループごとに 1 つのジョブ配列タスクを投入し（--videos-per-task）、ジョブ ID を表示して終了します。進捗は &apos;runs status&apos; で確認し、結果は &apos;runs collect&apos; で回収します。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--%1 only applies with --slurm.</source>
        <translation>--%1 は --slurm を指定した場合にのみ有効です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give at least one --model.</source>
        <translation>--model を少なくとも 1 つ指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the folder for the results with --out.</source>
        <translation>結果の出力先フォルダーを --out で指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--rgb-weight must be a number from 0 to 1.</source>
        <translation>--rgb-weight には 0〜1 の数値を指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--model-mix must be a number from 0 to 1.</source>
        <translation>--model-mix には 0〜1 の数値を指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--smooth must be a whole number.</source>
        <translation>--smooth には整数を指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--min-bout must be a whole number.</source>
        <translation>--min-bout には整数を指定してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--mode must be dense or stride.</source>
        <translation>--mode には dense または stride を指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--stride must be a whole number of at least 1.</source>
        <translation>--stride には 1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--precision must be float32, float16 or int8.</source>
        <translation>--precision は float32、float16、int8 のいずれかでなければなりません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--threads must be a whole number of at least 1.</source>
        <translation>--threads には 1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--flow-method must be dis or tvl1.</source>
        <translation>--flow-method には dis または tvl1 を指定してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project %1 (given with --flow-cache-of) does not exist.</source>
        <translation>プロジェクト %1 (--flow-cache-of で指定) は存在しません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write into the folder %1: check that it exists or can be created and that you may write there.</source>
        <translation>フォルダー %1 に書き込めません。フォルダーが存在するか作成できること、また書き込み権限があることを確認してください。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Say where the cluster run goes with --run DIR.</source>
        <translation>クラスターランの保存先を --run DIR で指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--videos-per-task must be a whole number of at least 1.</source>
        <translation>--videos-per-task には 1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+65"/>
        <source>The models predict the behavior &quot;%1&quot;, which the project %2 does not have. Add it to the project first, or use models trained on its behaviors.</source>
        <translation>モデルは行動「%1」を予測しますが、プロジェクト %2 にはこの行動がありません。先にプロジェクトに追加するか、このプロジェクトの行動で学習したモデルを使ってください。</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The video %1 does not exist.</source>
        <translation>動画 %1 が存在しません。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation>一時フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Stopped. The predictions computed so far are kept in the project; the same command resumes where it stopped.</source>
        <translation>停止しました。これまでに計算された予測はプロジェクトに保存されています。同じコマンドを実行すると、停止した所から再開します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped. Nothing was written for the videos not finished (with --project, partial results are kept and a second run resumes).</source>
        <translation>停止しました。完了していない動画については何も書き出されていません（--project を指定した場合は途中結果が保存され、2 回目の実行で再開します）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2 videos processed</source>
        <translation>%2 本中 %1 本の動画を処理しました</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1: %2, %3 of %4</source>
        <translation>%1: %2、%3/%4</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1: the models&apos; class &quot;%2&quot; has no behavior of that name; its probabilities are in the column p_%2, after the behaviors&apos; columns.</source>
        <translation>%1: モデルのクラス「%2」と同じ名前の行動がありません。このクラスの確率は、行動の列の後ろにある列 p_%2 に出力されます。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: done (%2 frames; %3 model frames computed): %4</source>
        <translation>%1: 完了（%2 フレーム。モデルで計算したフレーム: %3）: %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: analysed in %2 s (optical flow %3 s, reading frames %4 s, networks %5 s): %6 frames/s</source>
        <translation>%1: %2 秒で解析（オプティカルフロー %3 秒、フレーム読み込み %4 秒、ネットワーク %5 秒）: %6 フレーム/秒</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 videos could not be analysed (see above).</source>
        <translation>%2 本中 %1 本の動画を解析できませんでした（上記を参照）。</translation>
    </message>
</context>
<context>
    <name>AnnotatedVideoExport</name>
    <message>
        <location filename="../core/export/AnnotatedVideoExport.cpp" line="+72"/>
        <source>The frame range %1 to %2 holds no frame of %3 (it has %4 frames).</source>
        <translation>フレーム範囲 %1〜%2 には %3 のフレームが含まれていません（この動画は %4 フレームです）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is too small (%2 x %3 pixels) to be annotated.</source>
        <translation>%1 は小さすぎるため（%2 x %3 ピクセル）、注釈を描き込めません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+19"/>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>エクスポートはキャンセルされました。何も書き出されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>frame %1 could not be decoded</source>
        <translation>フレーム %1 をデコードできませんでした</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unlabeled</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+7"/>
        <source>Could not write %1 (is the disk full?): %2</source>
        <translation>%1 を書き込めませんでした（ディスクがいっぱいではありませんか？）: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write %1 (is the folder read-only?).</source>
        <translation>%1 を書き込めませんでした（フォルダーが読み取り専用ではありませんか？）。</translation>
    </message>
</context>
<context>
    <name>AssignBehaviorCommand</name>
    <message>
        <location filename="../core/project/commands/AssignBehaviorCommand.cpp" line="+19"/>
        <source>Label %1</source>
        <translation>%1 をラベル付け</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlabeled</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no behavior number %1 in this project.</source>
        <translation>このプロジェクトには番号 %1 の行動はありません。</translation>
    </message>
</context>
<context>
    <name>BehaviorSet</name>
    <message>
        <location filename="../core/behaviors/BehaviorSet.cpp" line="+109"/>
        <source>A behavior needs a name.</source>
        <translation>行動には名前が必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The behavior name &quot;%1&quot; starts or ends with spaces; remove them.</source>
        <translation>行動名「%1」の先頭または末尾に空白があります。空白を削除してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is already a behavior called &quot;%1&quot;. Choose another name.</source>
        <translation>「%1」という行動はすでにあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid keyboard shortcut.</source>
        <translation>無効なキーボードショートカットです。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This key is already used by &quot;%1&quot;. Choose another key or none.</source>
        <translation>このキーはすでに「%1」で使われています。別のキーを選ぶか、キーなしにしてください。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Invalid behavior id %1.</source>
        <translation>無効な行動 ID %1 です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The behavior id %1 is already used.</source>
        <translation>行動 ID %1 はすでに使われています。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+22"/>
        <source>There is no behavior with id %1.</source>
        <translation>ID %1 の行動はありません。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The behavior &quot;%1&quot; has an invalid or repeated id %2.</source>
        <translation>行動「%1」の ID %2 は無効か、重複しています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A behavior has no name.</source>
        <translation>名前のない行動があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The behavior name &quot;%1&quot; is used twice.</source>
        <translation>行動名「%1」が 2 回使われています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyboard shortcut of &quot;%1&quot; is invalid or used twice.</source>
        <translation>「%1」のキーボードショートカットは無効か、2 回使われています。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Behavior entry %1 is malformed (needs an id and a name).</source>
        <translation>行動エントリ %1 の形式が正しくありません（ID と名前が必要です）。</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <location filename="../models/checkpoint/Checkpoint.cpp" line="+45"/>
        <source>the model is described as %1 but its network is %2</source>
        <translation>モデルの説明では %1 となっていますが、ネットワークは %2 です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the model lists %1 behaviors but its network has %2 outputs</source>
        <translation>モデルには %1 個の行動が記載されていますが、ネットワークの出力は %2 個です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the model&apos;s stream is %1 but its network takes %2 input channels</source>
        <translation>モデルのストリームは %1 ですが、ネットワークの入力チャネル数は %2 です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the model&apos;s width (%1) differs from its network&apos;s (%2)</source>
        <translation>モデルの幅（%1）がネットワークの幅（%2）と異なります</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the weights lack &apos;%1&apos;</source>
        <translation>重みに &apos;%1&apos; がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; has another shape than the network&apos;s</source>
        <translation>&apos;%1&apos; の形状がネットワークのものと異なります</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the weights hold %1 tensors the network does not have</source>
        <translation>重みに、ネットワークにないテンソルが %1 個含まれています</translation>
    </message>
</context>
<context>
    <name>CheckpointFile</name>
    <message>
        <location filename="../models/checkpoint/CheckpointFile.cpp" line="+72"/>
        <source>&apos;%1&apos; holds network weights but is not an Ethoscribe model (it has no model description). Import it first with &apos;ethoscribe-cli model import&apos; (or the weights import of the Models view), giving its architecture, stream and behaviors.</source>
        <translation>&apos;%1&apos; にはネットワークの重みが含まれていますが、Ethoscribe のモデルではありません（モデルの説明がありません）。先に &apos;ethoscribe-cli model import&apos;（またはモデルビューの重みのインポート）でアーキテクチャ、ストリーム、行動を指定してインポートしてください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The model file &apos;%1&apos; is damaged: its description cannot be read.</source>
        <translation>モデルファイル &apos;%1&apos; は破損しています: 説明を読み込めません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model file &apos;%1&apos; is damaged: it does not say which format it has.</source>
        <translation>モデルファイル &apos;%1&apos; は破損しています: 形式が記載されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model file &apos;%1&apos; was saved by a newer version of Ethoscribe (%2, model format %3; this version reads formats up to %4). Update Ethoscribe to use this model.</source>
        <translation>モデルファイル &apos;%1&apos; は新しいバージョンの Ethoscribe で保存されています（%2、モデル形式 %3。このバージョンが読み込めるのは形式 %4 までです）。このモデルを使うには Ethoscribe を更新してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>The model file &apos;%1&apos; is damaged: %2.</source>
        <translation>モデルファイル &apos;%1&apos; は破損しています: %2。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The model file &apos;%1&apos; is damaged: its network description is not valid.</source>
        <translation>モデルファイル &apos;%1&apos; は破損しています: ネットワークの説明が無効です。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save the model to &apos;%1&apos;: %2.</source>
        <translation>モデルを &apos;%1&apos; に保存できません: %2。</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+18"/>
        <source>&apos;%1&apos; is not an Ethoscribe model file (%2)</source>
        <translation>&apos;%1&apos; は Ethoscribe のモデルファイルではありません（%2）</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The model file &apos;%1&apos; does not exist.</source>
        <translation>モデルファイル &apos;%1&apos; が存在しません。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The model file &apos;%1&apos; is damaged: it holds no weights.</source>
        <translation>モデルファイル &apos;%1&apos; は破損しています: 重みが含まれていません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The model &apos;%1&apos; is an %2 network, but an %3 network is needed here. Choose a model of the right architecture.</source>
        <translation>モデル &apos;%1&apos; は %2 ネットワークですが、ここでは %3 ネットワークが必要です。正しいアーキテクチャのモデルを選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model &apos;%1&apos; was trained on %2 input, but %3 input is needed here. Choose a model of the right stream.</source>
        <translation>モデル &apos;%1&apos; は %2 入力で学習されていますが、ここでは %3 入力が必要です。正しいストリームのモデルを選んでください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model &apos;%1&apos; predicts the same behaviors as this project but in another order (%2 instead of %3).</source>
        <translation>モデル &apos;%1&apos; はこのプロジェクトと同じ行動を予測しますが、順序が異なります（%3 ではなく %2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model &apos;%1&apos; predicts the behaviors %2, but this project uses %3. Train a model for this project&apos;s behaviors, or import this one with the project&apos;s behaviors to start from its weights.</source>
        <translation>モデル &apos;%1&apos; は行動 %2 を予測しますが、このプロジェクトでは %3 を使っています。このプロジェクトの行動でモデルを学習するか、このモデルの重みから始めるために、プロジェクトの行動を指定してこのモデルをインポートしてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model &apos;%1&apos; has width %2, but width %3 is needed here.</source>
        <translation>モデル &apos;%1&apos; の幅は %2 ですが、ここでは幅 %3 が必要です。</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../app/cli/AnalyzeCommand.cpp" line="+8"/>
        <source>Predict the behaviors of videos with trained models</source>
        <translation>学習済みモデルで動画の行動を予測</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="+48"/>
        <source>Run &apos;ethoscribe-cli %1 --help&apos; for usage.</source>
        <translation>使い方は &apos;ethoscribe-cli %1 --help&apos; を実行すると表示されます。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>missing arguments.</source>
        <translation>引数が足りません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many arguments.</source>
        <translation>引数が多すぎます。</translation>
    </message>
    <message>
        <location filename="../app/cli/ClusterCommands.cpp" line="+656"/>
        <source>Run one task of a cluster run (started by the job arrays)</source>
        <translation>クラスターランのタスクを 1 つ実行（ジョブ配列から起動されます）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show a cluster run&apos;s tasks: queued, running, done or failed</source>
        <translation>クラスターランのタスク（待機中、実行中、完了、失敗）を表示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluate a finished cluster run and record it in the project</source>
        <translation>完了したクラスターランを評価してプロジェクトに記録</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submit the failed tasks of a cluster run again</source>
        <translation>クラスターランの失敗したタスクを再投入</translation>
    </message>
    <message>
        <location filename="../app/cli/FlowCommand.cpp" line="+375"/>
        <source>Compute and cache the optical flow of a project&apos;s videos, or preview one frame</source>
        <translation>プロジェクトの動画のオプティカルフローを計算してキャッシュ、または 1 フレームをプレビュー</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelFetchCommand.cpp" line="+392"/>
        <source>Download published pretrained weights by name (--list), verify and import them</source>
        <translation>公開されている事前学習済みの重みを名前で指定して（--list）ダウンロードし、検証してインポート</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelImportCommand.cpp" line="+184"/>
        <source>Convert published weights (.pt/.pth/.safetensors) into an Ethoscribe model</source>
        <translation>公開されている重み（.pt/.pth/.safetensors）を Ethoscribe のモデルに変換</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start an I3D model from 2D Inception-v1 ImageNet weights</source>
        <translation>2D Inception-v1 の ImageNet 重みから I3D モデルを作成</translation>
    </message>
    <message>
        <location filename="../app/cli/ModelSummaryCommand.cpp" line="+160"/>
        <source>List a network&apos;s layers, output shapes and parameter count</source>
        <translation>ネットワークの層、出力の形状、パラメーター数を一覧表示</translation>
    </message>
    <message>
        <location filename="../app/cli/ProjectCommands.cpp" line="+1086"/>
        <source>How well two tracks agree: accuracy, Cohen&apos;s kappa, per-behavior F1, confusion</source>
        <translation>2 つのトラックの一致度: 正解率、Cohen の kappa、行動ごとの F1、混同行列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write a video with each frame&apos;s behavior and an ethogram strip drawn on it</source>
        <translation>各フレームの行動とエソグラムの帯を描き込んだ動画を書き出し</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a project file</source>
        <translation>プロジェクトファイルを作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add videos to a project</source>
        <translation>プロジェクトに動画を追加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a label file (CSV, BORIS, DeepEthogram)</source>
        <translation>ラベルファイル（CSV、BORIS、DeepEthogram）をインポート</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export labels as per-frame and bout CSV files</source>
        <translation>ラベルをフレームごと・バウトごとの CSV ファイルとしてエクスポート</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a project of a folder of behavior clips</source>
        <translation>行動クリップのフォルダーからプロジェクトを作成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find moved or renamed videos by their content</source>
        <translation>移動または名前変更された動画を内容から検索</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time budgets and bout statistics</source>
        <translation>時間配分とバウトの統計</translation>
    </message>
    <message>
        <location filename="../app/cli/RunsEvaluateCommand.cpp" line="+147"/>
        <source>Evaluate a cross-validation run: accuracy, fusion sweep, confusion matrices, plots</source>
        <translation>交差検証のランを評価: 正解率、融合比率の掃引、混同行列、グラフ</translation>
    </message>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="+188"/>
        <source>Write synthetic home-cage mouse videos with per-frame labels</source>
        <translation>フレームごとのラベル付きで、ホームケージのマウスの合成動画を書き出し</translation>
    </message>
    <message>
        <location filename="../app/cli/TrainingCommands.cpp" line="+635"/>
        <source>Train one network on one stream of a project&apos;s labels</source>
        <translation>プロジェクトのラベルで 1 つのネットワークを 1 つのストリームについて学習</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave-one-recording-out cross-validation with the paper&apos;s evaluation</source>
        <translation>論文の評価方法による 1録画除外（leave-one-recording-out）交差検証</translation>
    </message>
    <message>
        <location filename="../app/cli/VideoCommands.cpp" line="+113"/>
        <source>Show a video&apos;s properties (exact frame count, frame rate, ...)</source>
        <translation>動画のプロパティ（正確なフレーム数、フレームレートなど）を表示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save one exact frame of a video as an image</source>
        <translation>動画の指定した 1 フレームを正確に画像として保存</translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="+37"/>
        <source>Usage: ethoscribe-cli &lt;command&gt; [options]</source>
        <translation>使い方: ethoscribe-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethoscribe without a window: synthetic videos, video inspection, projects, labels
and models, for scripts and cluster jobs.</source>
        <translation>ウィンドウを使わない Ethoscribe です。合成動画、動画の検査、プロジェクト、ラベル、
モデルを、スクリプトやクラスタージョブから扱えます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>General options:</source>
        <translation>全般のオプション:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help; &apos;ethoscribe-cli &lt;command&gt; --help&apos; for a command.</source>
        <translation>このヘルプを表示します。各コマンドのヘルプは &apos;ethoscribe-cli &lt;command&gt; --help&apos; で表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version of Ethoscribe and of its libraries.</source>
        <translation>Ethoscribe とそのライブラリのバージョンを表示します。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&apos;%1&apos; needs a sub-command: %2</source>
        <translation>&apos;%1&apos; にはサブコマンドが必要です: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a command. Run &apos;ethoscribe-cli --help&apos; to see the commands.</source>
        <translation>&apos;%1&apos; はコマンドではありません。&apos;ethoscribe-cli --help&apos; を実行するとコマンドの一覧が表示されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+66"/>
        <source>The part of ethoscribe-cli that runs networks, %1, could not be started (%2). Reinstall Ethoscribe.</source>
        <translation>ethoscribe-cli のネットワークを実行する部分 %1 を起動できませんでした（%2）。Ethoscribe を再インストールしてください。</translation>
    </message>
</context>
<context>
    <name>ClipDatasetImporter</name>
    <message>
        <location filename="../core/project/ClipDatasetImporter.cpp" line="+49"/>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 が存在しません。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: the name is not &lt;recording&gt;_&lt;behavior&gt;_&lt;number&gt;</source>
        <translation>%1: 名前が &lt;recording&gt;_&lt;behavior&gt;_&lt;number&gt; の形式ではありません</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: already in the project</source>
        <translation>%1: すでにプロジェクトに含まれています</translation>
    </message>
</context>
<context>
    <name>ClusterCommands</name>
    <message>
        <location filename="../app/cli/ClusterCommands.cpp" line="-596"/>
        <source>%1 done</source>
        <translation>完了 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 running</source>
        <translation>実行中 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 queued</source>
        <translation>待機中 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed</source>
        <translation>失敗 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 not submitted</source>
        <translation>未投入 %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not copy %1 into the run folder (is the disk full?).</source>
        <translation>%1 をランフォルダーにコピーできませんでした（ディスクがいっぱいではありませんか？）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The run has no video %1.</source>
        <translation>このランには動画 %1 がありません。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Runs one task of a cluster run (what each element of its job arrays runs; you do not need to call it yourself).</source>
        <translation>クラスターランのタスクを 1 つ実行します（ジョブ配列の各要素が実行するものです。自分で呼び出す必要はありません）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+115"/>
        <location line="+193"/>
        <location line="+89"/>
        <source>The run folder.</source>
        <translation>ランフォルダー。</translation>
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
        <translation>flow または train。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The task&apos;s array index.</source>
        <translation>タスクの配列インデックス。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The run has no %1 task %2.</source>
        <translation>このランには %1 タスク %2 がありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2) on %3, job %4</source>
        <translation>%1（%2）: ホスト %3、ジョブ %4</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the analysis failed (exit code %1): see the log&apos;s last lines</source>
        <translation>解析に失敗しました（終了コード %1）: ログの最後の行を確認してください</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stopped by a signal (from the scheduler or scancel) after saving a checkpoint; resubmitted, it continues from there</source>
        <translation>（スケジューラーまたは scancel からの）シグナルにより、チェックポイントを保存した後で停止しました。再投入すると、そこから続行します</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it failed (exit code %1); see its log</source>
        <translation>失敗しました（終了コード %1）。ログを確認してください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shows how far a cluster run is: each task queued, running (with its progress), done, or failed with the reason and the last lines of its log. Asks the scheduler (squeue, sacct, scontrol) and reads the run folder; changes nothing.</source>
        <translation>クラスターランの進み具合を表示します: 各タスクが待機中、実行中（進捗つき）、完了、失敗（理由とログの最後の行つき）のどれであるか。スケジューラー（squeue、sacct、scontrol）に問い合わせ、ランフォルダーを読み取ります。何も変更しません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the status as JSON.</source>
        <translation>状態を JSON で出力します。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: jobs %2; %3 tasks: %4.</source>
        <translation>%1: ジョブ %2、タスク %3 個: %4。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All tasks are done: collect the run with &apos;ethoscribe-cli runs collect %1&apos;.</source>
        <translation>すべてのタスクが完了しました。&apos;ethoscribe-cli runs collect %1&apos; でランを回収してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resubmit the failed tasks with &apos;ethoscribe-cli runs resubmit %1 --failed&apos; (add --time or --mem when the scheduler stopped them).</source>
        <translation>失敗したタスクは &apos;ethoscribe-cli runs resubmit %1 --failed&apos; で再投入してください（スケジューラーによって停止された場合は --time または --mem を追加してください）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The project %1 is open in another program (%2), so the predictions cannot be added now. Close it and collect again; nothing was changed.</source>
        <translation>プロジェクト %1 は別のプログラム（%2）で開かれているため、今は予測を追加できません。プロジェクトを閉じてから、もう一度回収してください。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not create the folder %1.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not write %1 (is the disk full or the folder read-only?).</source>
        <translation>%1 を書き込めませんでした（ディスクがいっぱいか、フォルダーが読み取り専用ではありませんか？）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project of task %1 cannot be read (%2); resubmit it.</source>
        <translation>タスク %1 のプロジェクトを読み込めません（%2）。このタスクを再投入してください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The predictions of task %1 cannot be read (%2); resubmit it.</source>
        <translation>タスク %1 の予測を読み込めません（%2）。このタスクを再投入してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Collected %1 CSV files into %2.</source>
        <translation>%1 個の CSV ファイルを %2 に収集しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added %1 prediction tracks to %2 (%3 were there already).</source>
        <translation>%2 に予測トラックを %1 個追加しました（%3 個はすでにありました）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Gathers a finished cluster run: evaluates it as a local &apos;cv&apos; would (the same files and plots in the run folder) and records it in the project. Refuses, changing nothing, while a task is not done.</source>
        <translation>完了したクラスターランを回収します: ローカルの &apos;cv&apos; と同じように評価し（ランフォルダーに同じファイルとグラフを出力します）、プロジェクトに記録します。完了していないタスクがある間は、何も変更せずに中止します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project to record the run in (default: the one it was submitted from).</source>
        <translation>ランを記録するプロジェクト（既定: 投入元のプロジェクト）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not record the run in the project.</source>
        <translation>ランをプロジェクトに記録しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print readable lines instead of JSON lines.</source>
        <translation>JSON 行ではなく読みやすい行で出力します。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The run is not finished (%1), so it was not collected and nothing was changed. Collect it when &apos;ethoscribe-cli runs status&apos; says every task is done.</source>
        <translation>ランが完了していないため（%1）、回収は行われず、何も変更されていません。&apos;ethoscribe-cli runs status&apos; ですべてのタスクが完了と表示されたら回収してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder of task %1 (%2) has no results (%3 is missing); resubmit it with &apos;ethoscribe-cli runs resubmit&apos;.</source>
        <translation>タスク %1 のフォルダー（%2）に結果がありません（%3 がありません）。&apos;ethoscribe-cli runs resubmit&apos; で再投入してください。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Submits the failed tasks of a cluster run again (a training task continues from its last checkpoint). Scheduler options given here replace the run&apos;s for these and later submissions, e.g. --time when tasks hit their time limit.</source>
        <translation>クラスターランの失敗したタスクを再投入します（学習タスクは最後のチェックポイントから続行します）。ここで指定したスケジューラーのオプションは、今回以降の投入でランの設定を置き換えます。例: タスクが時間制限に達した場合の --time。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resubmit every failed task.</source>
        <translation>失敗したタスクをすべて再投入します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say which tasks to resubmit: --failed.</source>
        <translation>再投入するタスクを指定してください: --failed。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was resubmitted: without the scheduler it is not known which tasks failed.</source>
        <translation>何も再投入されていません: スケジューラーがないため、どのタスクが失敗したか分かりません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No task has failed; nothing was resubmitted.</source>
        <translation>失敗したタスクはありません。何も再投入されていません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resubmitted failed tasks: %1, as job %2. Follow them with &apos;ethoscribe-cli runs status %3&apos;.</source>
        <translation>失敗したタスク %1 をジョブ %2 として再投入しました。&apos;ethoscribe-cli runs status %3&apos; で進捗を確認できます。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Run on a SLURM cluster: write the run folder (on storage the compute nodes share), submit one job array task per fold, network and stream (after one per video for optical flow), print the job ids and return. Follow with &apos;runs status&apos;, gather with &apos;runs collect&apos;.</source>
        <translation>SLURM クラスターで実行します: ランフォルダーを（計算ノードが共有するストレージ上に）書き出し、フォールド、ネットワーク、ストリームごとに 1 つのジョブ配列タスクを投入し（その前にオプティカルフロー用に動画ごとに 1 つ）、ジョブ ID を表示して終了します。進捗は &apos;runs status&apos; で確認し、結果は &apos;runs collect&apos; で回収します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SLURM partition (default: the cluster&apos;s default).</source>
        <translation>SLURM パーティション（既定: クラスターの既定のパーティション）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic resources per task, e.g. gpu:1.</source>
        <translation>タスクごとの汎用リソース。例: gpu:1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spec</source>
        <translation>指定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit per task, HH:MM:SS (default: the partition&apos;s).</source>
        <translation>タスクごとの時間制限。HH:MM:SS（既定: パーティションの設定）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limit</source>
        <translation>制限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU cores per task (default 1); the networks use them all.</source>
        <translation>タスクごとの CPU コア数（既定値 1）。ネットワークはそのすべてを使います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory per task, e.g. 8G (default: the cluster&apos;s).</source>
        <translation>タスクごとのメモリ。例: 8G（既定: クラスターの設定）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--cpus must be a whole number of at least 1.</source>
        <translation>--cpus には 1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sbatch was not found, so nothing can go to a cluster: run this on the cluster&apos;s login node (or load its SLURM module first, e.g. &apos;module load slurm&apos;), or leave out --slurm to run here. Nothing was written.</source>
        <translation>sbatch が見つからないため、クラスターには何も送れません。クラスターのログインノードで実行する（または先に SLURM モジュールを読み込む。例: &apos;module load slurm&apos;）か、--slurm を外してここで実行してください。何も書き出されていません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder %1 is not empty. Choose a new folder for the run (on storage the compute nodes share).</source>
        <translation>フォルダー %1 は空ではありません。ラン用に新しいフォルダーを（計算ノードが共有するストレージ上に）選んでください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No video of the project has labels. Label some frames (or import labels) before training.</source>
        <translation>プロジェクトにラベル付きの動画がありません。学習の前に、いくつかのフレームにラベルを付けてください（またはラベルをインポートしてください）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no fold %1: the run has folds 0 to %2.</source>
        <translation>フォールド %1 はありません: このランのフォールドは 0〜%2 です。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The video %1 is missing (it was expected at %2). Put it back, or find moved videos with &apos;ethoscribe-cli project relocate&apos;.</source>
        <translation>動画 %1 がありません（%2 にあるはずでした）。元の場所に戻すか、&apos;ethoscribe-cli project relocate&apos; で移動した動画を探してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+84"/>
        <source>Could not create the run folder %1.</source>
        <translation>ランフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+73"/>
        <source>Nothing was submitted.</source>
        <translation>何も投入されていません。</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The part already submitted was cancelled.</source>
        <translation>すでに投入された分はキャンセルされました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Submitted job %1: optical flow of videos: %2.</source>
        <translation>ジョブ %1 を投入しました: 動画のオプティカルフロー: %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted job %1: training tasks (one per fold, network and stream): %2.</source>
        <translation>ジョブ %1 を投入しました: 学習タスク（フォールド、ネットワーク、ストリームごとに 1 つ）: %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They start when the optical flow is done.</source>
        <translation>これらはオプティカルフローの計算が終わると開始されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the run with &apos;ethoscribe-cli runs status %1&apos;; when every task is done, gather it with &apos;ethoscribe-cli runs collect %1&apos;.</source>
        <translation>&apos;ethoscribe-cli runs status %1&apos; でランの進捗を確認し、すべてのタスクが完了したら &apos;ethoscribe-cli runs collect %1&apos; で回収してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note: the run folder is under /tmp, which compute nodes usually do not share; &apos;runs status&apos; will say so if the tasks cannot reach it.</source>
        <translation>注意: ランフォルダーが /tmp の下にありますが、/tmp は通常、計算ノード間で共有されていません。タスクがフォルダーにアクセスできない場合は、&apos;runs status&apos; にそのことが表示されます。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Submitted job %1: analysis tasks (videos per task: %2): %3.</source>
        <translation>ジョブ %1 を投入しました: 解析タスク（タスクあたりの動画数: %2）: %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow it with &apos;ethoscribe-cli runs status %1&apos;; when every task is done, &apos;ethoscribe-cli runs collect %1&apos; puts the CSV files into %2%3.</source>
        <translation>&apos;ethoscribe-cli runs status %1&apos; で進捗を確認してください。すべてのタスクが完了したら、&apos;ethoscribe-cli runs collect %1&apos; で CSV ファイルが %2 に保存されます%3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> and the predictions into %1</source>
        <translation> （予測は %1 に保存されます）</translation>
    </message>
</context>
<context>
    <name>ClusterRun</name>
    <message>
        <location filename="../core/cluster/ClusterRun.cpp" line="+70"/>
        <source>%1: %2, %3 of %4</source>
        <translation>%1: %2、%3/%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step %1 of %2</source>
        <translation>ステップ %1/%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2: frame %3 of %4</source>
        <translation>%1 %2: フレーム %3/%4</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>--time must look like HH:MM:SS (or D-HH:MM:SS), e.g. 04:00:00.</source>
        <translation>--time は HH:MM:SS（または D-HH:MM:SS）の形式で指定してください。例: 04:00:00。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--mem must be an amount such as 8G or 16000M.</source>
        <translation>--mem には 8G や 16000M のような量を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cpus must be a whole number of at least 1.</source>
        <translation>--cpus には 1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--partition must be a partition name as &apos;sinfo&apos; prints it.</source>
        <translation>--partition には &apos;sinfo&apos; で表示されるパーティション名を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--gres must look like gpu:1.</source>
        <translation>--gres は gpu:1 のような形式で指定してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optical flow of %1</source>
        <translation>%1 のオプティカルフロー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2 more</source>
        <translation>%1 ほか %2 本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fold %1, %2 %3</source>
        <translation>フォールド %1、%2 %3</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 is not a cluster run (it has no %2).</source>
        <translation>%1 はクラスターランではありません（%2 がありません）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run folder %1 does not exist.</source>
        <translation>ランフォルダー %1 が存在しません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is damaged (%2); the run cannot be followed or collected.</source>
        <translation>%1 は破損しています（%2）。このランは進捗の確認も回収もできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a cluster run</source>
        <translation>クラスターランではありません</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is damaged (a task of unknown kind); the run cannot be followed or collected.</source>
        <translation>%1 は破損しています（種類が不明なタスクがあります）。このランは進捗の確認も回収もできません。</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>not submitted</source>
        <translation>未投入</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1</source>
        <translation>ホスト %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown: the scheduler could not be asked; the task&apos;s own record says it was running</source>
        <translation>不明: スケジューラーに問い合わせできませんでした。タスク自身の記録では実行中となっています</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no task could write into the run folder %1: it is probably not on storage the compute nodes share. Put the run on shared storage (your home or a project file system, not /tmp) and submit it again.</source>
        <translation>どのタスクもランフォルダー %1 に書き込めませんでした: このフォルダーはおそらく計算ノードが共有するストレージ上にありません。ランを共有ストレージ（/tmp ではなく、ホームやプロジェクト用のファイルシステム）に置いて、もう一度投入してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it left no record in its folder (it never started, or was killed at once)</source>
        <translation>フォルダーに記録が残っていません（開始されなかったか、すぐに強制終了されました）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it stopped without finishing (killed?)</source>
        <translation>完了せずに停止しました（強制終了された可能性があります）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scheduler no longer knows it</source>
        <translation>スケジューラーがこのタスクをもう把握していません</translation>
    </message>
</context>
<context>
    <name>ContentHash</name>
    <message>
        <location filename="../core/project/ContentHash.cpp" line="+38"/>
        <source>Could not read the video %1: %2</source>
        <translation>動画 %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read the video %1 to the end: %2</source>
        <translation>動画 %1 を最後まで読み込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>CrossValidationRun</name>
    <message>
        <location filename="../models/training/CrossValidationRun.cpp" line="+75"/>
        <source>Could not write %1 (is the disk full or the folder read-only?): %2</source>
        <translation>%1 を書き込めませんでした（ディスクがいっぱいか、フォルダーが読み取り専用ではありませんか？）: %2</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>The folder %1 is not empty. Choose a new folder for the run, or add --resume to continue the run in it.</source>
        <translation>フォルダー %1 は空ではありません。ラン用に新しいフォルダーを選ぶか、--resume を追加してこのフォルダーのランを続行してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds no run to resume (no %2).</source>
        <translation>%1 には再開できるランがありません（%2 がありません）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The run in %1 was started with other settings; resume it with the same settings, or start a new run in another folder.</source>
        <translation>%1 のランは別の設定で開始されています。同じ設定で再開するか、別のフォルダーで新しいランを開始してください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No video of the project has labels. Label some frames (or import labels) before training.</source>
        <translation>プロジェクトにラベル付きの動画がありません。学習の前に、いくつかのフレームにラベルを付けてください（またはラベルをインポートしてください）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The labels of the project changed since the run in %1 started, so it cannot be resumed. Start a new run in another folder.</source>
        <translation>%1 のランの開始後にプロジェクトのラベルが変更されたため、このランは再開できません。別のフォルダーで新しいランを開始してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No labeled video belongs to the recording %1 to hold out.</source>
        <translation>除外する録画 %1 に属するラベル付きの動画がありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no fold %1: the run has folds 0 to %2.</source>
        <translation>フォールド %1 はありません: このランのフォールドは 0〜%2 です。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The video %1 is missing (it was expected at %2). Put it back, or find moved videos with &apos;ethoscribe-cli project relocate&apos;.</source>
        <translation>動画 %1 がありません（%2 にあるはずでした）。元の場所に戻すか、&apos;ethoscribe-cli project relocate&apos; で移動した動画を探してください。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--init names %1, which this run does not train (it trains %2). Give the starting weights as MODEL/STREAM=FILE for one of those.</source>
        <translation>--init が指定する %1 はこの実行では学習しません（学習するのは %2 です）。開始重みはそのいずれかに対して MODEL/STREAM=FILE の形で指定してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The starting weights %1 are for %2 with %3 input channels (%4); %5 needs %6 with %7 input channels. Give weights of that network and stream.</source>
        <translation>開始重み %1 は入力 %3 チャンネル（%4）の %2 用です。%5 には入力 %7 チャンネルの %6 が必要です。そのネットワークとストリームの重みを指定してください。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Could not create the run folder %1.</source>
        <translation>ランフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The frames of the videos need %1, of which %2 do not fit in the memory set aside for them and go into files in the run folder, but only %3 is free there. Free some space, choose a run folder on a larger disk, or train fewer or shorter videos (or the small size).</source>
        <translation>動画のフレームには %1 が必要で、そのうち %2 はフレーム用に確保したメモリーに収まらず実行フォルダー内のファイルに置かれますが、そこには %3 しか空きがありません。空き容量を増やすか、より大きなディスク上の実行フォルダーを選ぶか、学習する動画を減らすか短くしてください (または小さいサイズを選んでください)。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The frames of the videos do not all fit in the memory set aside for them (%1): the others are kept in files in the run folder and read from there as needed (the files go when the run ends). On a slow disk this makes training slower.</source>
        <translation>動画のフレームが、フレーム用に確保したメモリ (%1) にすべては収まりません。残りは実行フォルダー内のファイルに置き、必要なときにそこから読み込みます (ファイルは実行の終了時に消えます)。遅いディスクでは学習が遅くなります。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The optical flow of %1 is being computed by %2; this run continues when it is done.</source>
        <translation>%1 のオプティカルフローは %2 が計算中です。完了するとこの実行は続行します。</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>No recording has an example of %1: the models trained on all recordings cannot learn these behaviors.</source>
        <translation>%1 の例を含む録画がありません。すべての録画で学習したモデルはこれらの行動を学習できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without %1 no training example is left of %2: the models of this fold cannot learn these behaviors, and the frames of %1 that show them will be misclassified.</source>
        <translation>%1 を除くと %2 の学習例が残りません。このフォールドのモデルはこれらの行動を学習できず、%1 でそれらが映っているフレームは誤って分類されます。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The cluster run has no finished %1 %2 model for fold %3 (or not all its held-out predictions): its task did not finish. See &apos;ethoscribe-cli runs status&apos;, and &apos;runs resubmit --failed&apos;.</source>
        <translation>クラスターランに、フォールド %3 の完了した %1 %2 モデルがありません（または除外した録画の予測が揃っていません）: そのタスクが完了していません。&apos;ethoscribe-cli runs status&apos; と &apos;runs resubmit --failed&apos; を参照してください。</translation>
    </message>
    <message>
        <location line="+175"/>
        <location line="+112"/>
        <location line="+8"/>
        <source>The run was cancelled; resume it with --resume.</source>
        <translation>ランはキャンセルされました。--resume で再開できます。</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not write %1 (is the disk full?): %2</source>
        <translation>%1 を書き込めませんでした（ディスクがいっぱいではありませんか？）: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The network failed: %1</source>
        <translation>ネットワークでエラーが発生しました: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run failed: %1</source>
        <translation>ランが失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/io/CsvReader.cpp" line="+91"/>
        <source>the file is not valid UTF-16 text</source>
        <translation>ファイルは有効な UTF-16 テキストではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file contains binary data</source>
        <translation>ファイルにバイナリデータが含まれています</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file looks like UTF-16 text without a byte-order mark; save it as UTF-8 (&quot;CSV UTF-8&quot; in spreadsheet programs) and try again</source>
        <translation>ファイルはバイトオーダーマークのない UTF-16 テキストのようです。UTF-8 で保存して（表計算ソフトでは「CSV UTF-8」）、もう一度お試しください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file contains binary data (a NUL byte); it is not a CSV text file</source>
        <translation>ファイルにバイナリデータ（NUL バイト）が含まれています。CSV テキストファイルではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid UTF-8 text (byte 0x%1 at offset %2); save the file as UTF-8 and try again</source>
        <translation>無効な UTF-8 テキストです（オフセット %2 のバイト 0x%1）。ファイルを UTF-8 で保存して、もう一度お試しください</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>a quoted field is never closed (missing &apos;&quot;&apos;)</source>
        <translation>引用符で囲まれたフィールドが閉じられていません（&apos;&quot;&apos; がありません）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unexpected text after a closing quote</source>
        <translation>閉じ引用符の後に予期しないテキストがあります</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a quote character inside an unquoted field</source>
        <translation>引用符で囲まれていないフィールドの中に引用符があります</translation>
    </message>
</context>
<context>
    <name>CvEvaluation</name>
    <message>
        <location filename="../core/eval/CvEvaluation.cpp" line="+65"/>
        <source>The run has no behavior classes to evaluate.</source>
        <translation>このランには評価する行動クラスがありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The behavior classes cannot be evaluated: %1</source>
        <translation>行動クラスを評価できません: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run has no held-out recordings to evaluate.</source>
        <translation>このランには評価する除外された録画がありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A held-out recording has no name.</source>
        <translation>除外された録画の中に名前のないものがあります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recording &quot;%1&quot; appears twice in the run.</source>
        <translation>録画「%1」がラン内に 2 回出現します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recording &quot;%1&quot; has the invalid fold %2.</source>
        <translation>録画「%1」のフォールド %2 は無効です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Frame %1 of &quot;%2&quot; has the class index %3, but there are only %4 classes.</source>
        <translation>「%2」のフレーム %1 のクラスインデックスは %3 ですが、クラスは %4 個しかありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The recording &quot;%1&quot; has probabilities of an unknown stream &quot;%2&quot; (known: %3).</source>
        <translation>録画「%1」に不明なストリーム「%2」の確率があります（既知のストリーム: %3）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 probabilities of &quot;%2&quot; have %3 values; %4 frames x %5 classes need %6.</source>
        <translation>「%2」の %1 確率には %3 個の値がありますが、%4 フレーム x %5 クラスには %6 個が必要です。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The %1 stream was left out: only %2 of the %3 recordings have it.</source>
        <translation>%1 ストリームは除外されました: %3 個の録画のうち、このストリームがあるのは %2 個だけです。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No recording has predicted probabilities.</source>
        <translation>予測確率のある録画がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stream has predictions for every recording.</source>
        <translation>すべての録画について予測があるストリームはありません。</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>There is nothing to report: the evaluation is empty.</source>
        <translation>報告する内容がありません: 評価が空です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>フォルダー「%1」が存在しません。</translation>
    </message>
</context>
<context>
    <name>CvPlots</name>
    <message>
        <location filename="../ui/plots/CvPlots.cpp" line="+76"/>
        <source>RGB weight (optical-flow weight = 1 - RGB weight)</source>
        <translation>RGB重み（オプティカルフローの重み = 1 - RGB重み）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>RGB stream alone</source>
        <translation>RGBストリームのみ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optical-flow stream alone</source>
        <translation>オプティカルフローストリームのみ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RGB weight %1, flow weight %2</source>
        <translation>RGB重み %1、フローの重み %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (best)</source>
        <translation> (最良)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2: accuracy %3%</source>
        <translation>%1、%2: 正解率 %3%</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Accuracy of the behavior (% of its frames recognised)</source>
        <translation>行動の正解率（その行動のフレームのうち正しく認識された割合、%）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: accuracy of each behavior by fusion ratio</source>
        <translation>%1: 融合比率ごとの各行動の正解率</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Predicted behavior</source>
        <translation>予測された行動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True behavior</source>
        <translation>真の行動</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Fraction of the true behavior&apos;s frames</source>
        <translation>真の行動のフレームに占める割合</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Accuracy (% of labeled frames)</source>
        <translation>正解率（ラベル付きフレームに対する %）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy by two-stream fusion ratio</source>
        <translation>2 ストリームの融合比率ごとの正解率</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>fold %1</source>
        <translation>フォールド %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Iteration</source>
        <translation>イテレーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training loss</source>
        <translation>学習損失</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 stream: training loss</source>
        <translation>%1、%2ストリーム: 学習損失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optical-flow</source>
        <translation>オプティカルフロー</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not create the folder &quot;%1&quot;.</source>
        <translation>フォルダー「%1」を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <location filename="../core/demo/DemoProject.cpp" line="+91"/>
        <source>%1 names behaviors the project does not know: %2</source>
        <translation>%1 にはプロジェクトにない行動名が含まれています: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The demo models are not installed, so the demo shows labels without predictions.</source>
        <translation>デモ用のモデルがインストールされていないため、デモでは予測なしでラベルを表示します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot copy the demo model %1 to %2.</source>
        <translation>デモ用のモデル %1 を %2 にコピーできません。</translation>
    </message>
</context>
<context>
    <name>EraseRangeCommand</name>
    <message>
        <location filename="../core/project/commands/EraseRangeCommand.cpp" line="+12"/>
        <source>Erase labels</source>
        <translation>ラベルを消去</translation>
    </message>
</context>
<context>
    <name>FeatureCache</name>
    <message>
        <location filename="../models/training/FeatureCache.cpp" line="+40"/>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The feature cache %1 is damaged; delete it to compute it again.</source>
        <translation>特徴キャッシュ %1 は破損しています。削除すると再計算されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read %1.</source>
        <translation>%1 を読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write %1 (is the disk full?): %2</source>
        <translation>%1 を書き込めませんでした（ディスクがいっぱいではありませんか？）: %2</translation>
    </message>
</context>
<context>
    <name>FlowCache</name>
    <message>
        <location filename="../core/flow/FlowCache.cpp" line="+106"/>
        <source>The flow cache %1 cannot be used: %2.</source>
        <translation>フローキャッシュ %1 は使用できません: %2。</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>it is too short</source>
        <translation>短すぎます</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its chunk table is truncated</source>
        <translation>チャンクテーブルが途中で切れています</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+6"/>
        <location line="+10"/>
        <source>chunk %1 is damaged</source>
        <translation>チャンク %1 が破損しています</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No flow cache is open.</source>
        <translation>フローキャッシュが開かれていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frame %1 is outside the flow cache %2 (frames 0 to %3).</source>
        <translation>フレーム %1 はフローキャッシュ %2 の範囲外です（フレーム 0〜%3）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The flow of frame %1 has not been computed yet (flow cache %2).</source>
        <translation>フレーム %1 のフローはまだ計算されていません（フローキャッシュ %2）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The flow of frame %1 in %2 is damaged.</source>
        <translation>%2 内のフレーム %1 のフローが破損しています。</translation>
    </message>
    <message>
        <location filename="../core/flow/FlowCacheHeader.cpp" line="+129"/>
        <source>it is not an Ethoscribe flow cache</source>
        <translation>Ethoscribe のフローキャッシュではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has flow cache format %1; this version of Ethoscribe reads format %2</source>
        <translation>フローキャッシュの形式が %1 です。このバージョンの Ethoscribe が読み込めるのは形式 %2 です</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>its header is damaged</source>
        <translation>ヘッダーが破損しています</translation>
    </message>
    <message>
        <location filename="../core/flow/FlowCacheWriter.cpp" line="+77"/>
        <source>Could not replace the outdated flow cache %1.</source>
        <translation>古いフローキャッシュ %1 を置き換えられませんでした。</translation>
    </message>
    <message>
        <location filename="../core/flow/FlowCacheLock.cpp" line="+63"/>
        <location filename="../core/flow/FlowCacheWriter.cpp" line="+14"/>
        <source>Could not create the folder %1 for the flow cache.</source>
        <translation>フローキャッシュ用のフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>on this computer</source>
        <translation>このコンピューター上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the computer %1</source>
        <translation>コンピューター %1 上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process %1 %2</source>
        <translation>%2 のプロセス %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process %1 (%2) %3</source>
        <translation>%3 のプロセス %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another program</source>
        <translation>別のプログラム</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not create the lock file %1 that keeps two programs from writing the same flow cache: you may not write in the folder %2.</source>
        <translation>2 つのプログラムが同じフローキャッシュに書き込むのを防ぐロックファイル %1 を作成できませんでした: フォルダー %2 に書き込む権限がありません。</translation>
    </message>
    <message>
        <location filename="../core/flow/FlowCacheWriter.cpp" line="+50"/>
        <source>Internal error: chunk %1 of the flow cache does not fit.</source>
        <translation>内部エラー: フローキャッシュのチャンク %1 が収まりません。</translation>
    </message>
</context>
<context>
    <name>FlowCommand</name>
    <message>
        <location filename="../app/cli/FlowCommand.cpp" line="-299"/>
        <source>The project has no videos; add them first with &apos;ethoscribe-cli project add-video&apos;.</source>
        <translation>プロジェクトに動画がありません。先に &apos;ethoscribe-cli project add-video&apos; で追加してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project has no video %1 (or several videos have that name). Its videos: %2.</source>
        <translation>プロジェクトに動画 %1 がありません（または同じ名前の動画が複数あります）。プロジェクトの動画: %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The video %1 is not at %2 (moved or deleted?). Find it again with &apos;ethoscribe-cli project relocate %3 FOLDER&apos;.</source>
        <translation>動画 %1 が %2 にありません（移動または削除されましたか？）。&apos;ethoscribe-cli project relocate %3 FOLDER&apos; で探し直してください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2 of %3 frames (%4%)</source>
        <translation>%1: %3 フレーム中 %2 フレーム（%4%）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the frame &quot;%1&quot; is not a frame number (0 = first frame).</source>
        <translation>フレーム「%1」はフレーム番号ではありません（0 = 最初のフレーム）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--preview needs --out FILE (the image to write).</source>
        <translation>--preview には --out FILE（書き出す画像）が必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--max-pixels must be a positive number.</source>
        <translation>--max-pixels には正の数を指定してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>from the cache %1</source>
        <translation>キャッシュ %1 から</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>computed from the video (%1)</source>
        <translation>動画から計算（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write the image %1: %2.</source>
        <translation>画像 %1 を書き込めませんでした: %2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote %1: flow of frame %2 of %3, %4.</source>
        <translation>%1 を書き出しました: %3 のフレーム %2 のフロー（%4）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Computes the optical flow of a project&apos;s videos once and keeps it beside the project (PROJECT_NAME.cache/flow/), where training and inference read it. Videos whose cache is complete are skipped; an interrupted computation continues where it stopped.

With --preview FRAME --out FILE: writes one frame&apos;s flow as a colour-wheel image (hue = direction, saturation = speed), read from the cache, or computed for that frame pair alone when the cache does not have it.</source>
        <translation>プロジェクトの動画のオプティカルフローを一度だけ計算し、プロジェクトの隣（PROJECT_NAME.cache/flow/）に保存します。学習と推論ではここから読み込みます。キャッシュが完成している動画はスキップされ、中断された計算は停止した所から続行します。

--preview FRAME --out FILE を指定した場合: 1 フレームのフローをカラーホイール画像（色相 = 方向、彩度 = 速度）として書き出します。フローはキャッシュから読み込むか、キャッシュにない場合はそのフレームペアだけについて計算します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project file.</source>
        <translation>プロジェクトファイル。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tvl1 (TV-L1, as in the paper; slow) or dis (DIS, about 40x faster). Given here, it is also stored as the project&apos;s flow method; without it the project&apos;s setting is used (tvl1 when unset). --preview does not store it.</source>
        <translation>tvl1（論文と同じ TV-L1。低速）または dis（DIS。約 40 倍高速）。ここで指定すると、プロジェクトのフロー手法としても保存されます。指定しない場合はプロジェクトの設定が使われます（未設定なら tvl1）。--preview では保存されません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only this video: its id, path, file name or name without extension.</source>
        <translation>この動画のみ: ID、パス、ファイル名、または拡張子を除いた名前で指定します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frame ranges computed in parallel (default: one per core).</source>
        <translation>並列に計算するフレーム範囲の数（既定: コアごとに 1 つ）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON lines on stdout: {&quot;event&quot;:&quot;progress&quot;,...} while computing, {&quot;event&quot;:&quot;done&quot;,...} per video.</source>
        <translation>計算中は {&quot;event&quot;:&quot;progress&quot;,...}、動画ごとに {&quot;event&quot;:&quot;done&quot;,...} の JSON 行を標準出力に出力します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the flow of frame FRAME (0-based; the motion from FRAME-1 to FRAME) instead of computing caches. Needs --out, and --video when the project has several videos.</source>
        <translation>キャッシュを計算する代わりに、フレーム FRAME のフロー（0 始まり。FRAME-1 から FRAME への動き）を画像にします。--out が必要です。プロジェクトに動画が複数ある場合は --video も必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image file --preview writes.</source>
        <translation>--preview が書き出す画像ファイル。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--preview: displacement shown at full saturation (default: the largest in the frame).</source>
        <translation>--preview: 最大彩度で表示する変位量（既定: そのフレーム内の最大値）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--out is only used with --preview.</source>
        <translation>--out は --preview と一緒に指定した場合にのみ使われます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown flow method &quot;%1&quot; (use tvl1 or dis).</source>
        <translation>不明なフロー手法「%1」です（tvl1 または dis を使ってください）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--threads must be a whole number of at least 1.</source>
        <translation>--threads は 1 以上の整数でなければなりません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no project %1.</source>
        <translation>プロジェクト %1 はありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note: the flow method is not stored in the project (%1).</source>
        <translation>注意: フロー手法はプロジェクトに保存されません（%1）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the project has several videos; name one with --video.</source>
        <translation>プロジェクトには複数の動画があります。--video で 1 つ指定してください。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: the optical flow is being computed by %2; waiting for it to finish.</source>
        <translation>%1: オプティカルフローは %2 が計算中です。完了を待っています。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Flow (%1) of %2: %3</source>
        <translation>%2 のフロー（%1）: %3</translation>
    </message>
</context>
<context>
    <name>FlowComputation</name>
    <message>
        <location filename="../core/flow/FlowComputation.cpp" line="+178"/>
        <source>Frame %1 of %2 has another size than the video.</source>
        <translation>%2 のフレーム %1 のサイズが動画のサイズと異なります。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Computing the optical flow of %1 failed: %2.</source>
        <translation>%1 のオプティカルフローの計算に失敗しました: %2。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The optical flow of %1 was cancelled while waiting for %2, which is computing it.</source>
        <translation>%1 のオプティカルフローは、計算中の %2 を待っている間に取り消されました。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The optical flow of %1 was cancelled; %2 of %3 chunks are done and kept, and the next run continues from there.</source>
        <translation>%1 のオプティカルフローの計算はキャンセルされました。%3 チャンク中 %2 チャンクは完了して保持されており、次回の実行はそこから続行します。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 has no frame %2 (frames 0 to %3).</source>
        <translation>%1 にはフレーム %2 がありません（フレームは 0 ～ %3）。</translation>
    </message>
</context>
<context>
    <name>FoldPlan</name>
    <message>
        <location filename="../core/cv/FoldPlan.cpp" line="+42"/>
        <location line="+43"/>
        <source>No video of the project has labels. Label some frames (or import labels) before training.</source>
        <translation>プロジェクトのどの動画にもラベルがありません。学習の前に、いくつかのフレームにラベルを付けてください（またはラベルをインポートしてください）。</translation>
    </message>
    <message numerus="yes">
        <location line="-36"/>
        <source>Cross-validation needs labeled videos from at least two recordings; the project has %n.</source>
        <translation>
            <numerusform>交差検証には、少なくとも 2 つの録画のラベル付き動画が必要です。このプロジェクトにあるのは %n 個です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Holding out %1 leaves no labeled video to train on.</source>
        <translation>%1 を除外すると、学習に使えるラベル付き動画が残りません。</translation>
    </message>
</context>
<context>
    <name>FramePredictor</name>
    <message>
        <location filename="../models/training/FramePredictor.cpp" line="+66"/>
        <source>The network cannot run in 8-bit integers here (%1). Analyse in 32-bit floating point instead.</source>
        <translation>この環境ではネットワークを 8 ビット整数で実行できません(%1)。代わりに 32 ビット浮動小数点で解析してください。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>FrameStore</name>
    <message>
        <location filename="../models/training/FrameStore.cpp" line="+103"/>
        <source>Could not make a file for the frames in %1: %2.</source>
        <translation>%1 にフレーム用のファイルを作成できませんでした: %2。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is not enough free space in %1 for the frames (%2 needed). Free some space, or choose a folder on a larger disk.</source>
        <translation>%1 にフレーム用の空き容量が足りません (%2 必要)。空き容量を増やすか、より大きなディスク上のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reserve %1 for the frames in %2: %3.</source>
        <translation>%2 にフレーム用の %1 を確保できませんでした: %3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not map the frames&apos; file in %1: %2.</source>
        <translation>%1 のフレーム用ファイルをメモリーに割り当てられませんでした: %2。</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+81"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>No frame of %1 could be decoded.</source>
        <translation>%1 のフレームを 1 つもデコードできませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frames %1 to %2 of %3 could not be decoded.</source>
        <translation>%3 のフレーム %1 ～ %2 をデコードできませんでした。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The optical flow of %1 is not complete yet. Run &apos;ethoscribe-cli flow&apos; on the project first.</source>
        <translation>%1 のオプティカルフローはまだ完了していません。先にこのプロジェクトに対して &apos;ethoscribe-cli flow&apos; を実行してください。</translation>
    </message>
</context>
<context>
    <name>FusionModel</name>
    <message>
        <location filename="../core/fusion/FusionModel.cpp" line="+428"/>
        <source>These predictions have no behaviors, so they cannot be fused.</source>
        <translation>これらの予測には行動がないため、融合できません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These predictions cover %1 frames, the ones already shown %2: they cannot be fused.</source>
        <translation>これらの予測は %1 フレーム分ですが、すでに表示されている予測は %2 フレーム分です。融合できません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These predictions have other behaviors (%1) than the ones already shown (%2): they cannot be fused.</source>
        <translation>これらの予測の行動（%1）は、すでに表示されている予測の行動（%2）と異なります。融合できません。</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>The two prediction streams cover different numbers of frames (%1 and %2).</source>
        <translation>2 つの予測ストリームのフレーム数が異なります（%1 と %2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two prediction streams have different behaviors (%1 / %2).</source>
        <translation>2 つの予測ストリームの行動が異なります（%1 / %2）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fusion weights must be non-negative and not both zero (got %1 and %2).</source>
        <translation>融合の重みは負でない値で、かつ両方とも 0 であってはなりません（指定値: %1 と %2）。</translation>
    </message>
</context>
<context>
    <name>FusionParameters</name>
    <message>
        <location filename="../core/fusion/FusionParameters.cpp" line="+27"/>
        <source>The RGB weight must be between 0 and 1 (it is %1).</source>
        <translation>RGB重みは 0 から 1 の間でなければなりません（現在の値: %1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The I3D share of the two networks must be between 0 and 1 (it is %1).</source>
        <translation>2 つのネットワークにおける I3D の割合は 0 から 1 の間でなければなりません（現在の値: %1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The smoothing window must be an odd number of frames (it is %1).</source>
        <translation>平滑化ウィンドウは奇数のフレーム数でなければなりません（現在の値: %1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shortest bout must be at least one frame (it is %1).</source>
        <translation>最短バウトは 1 フレーム以上でなければなりません（現在の値: %1）。</translation>
    </message>
</context>
<context>
    <name>ImportLabelsCommand</name>
    <message>
        <location filename="../core/project/commands/ImportLabelsCommand.cpp" line="+15"/>
        <source>Import labels</source>
        <translation>ラベルのインポート</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This video is not in the project.</source>
        <translation>この動画はプロジェクトにありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The imported labels use behavior number %1, which is not in the project.</source>
        <translation>インポートしたラベルは行動番号 %1 を使用していますが、この行動はプロジェクトにありません。</translation>
    </message>
</context>
<context>
    <name>InceptionInflater</name>
    <message numerus="yes">
        <location filename="../models/weights/InceptionInflater.cpp" line="+78"/>
        <source>%n 2D kernel(s) were inflated to 3D (repeated over time and divided by the kernel&apos;s temporal size).</source>
        <translation>
            <numerusform>%n 個の 2D カーネルを 3D にインフレートしました（時間方向に繰り返し、カーネルの時間方向のサイズで割りました）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InferenceEngine</name>
    <message>
        <location filename="../models/analysis/InferenceEngine.cpp" line="+41"/>
        <source>flow</source>
        <translation>フロー</translation>
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
        <translation>モデルファイル %1 は使用できません: %2</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>The analysis was cancelled before it started.</source>
        <translation>解析は開始前にキャンセルされました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The analysis of %1 stopped because the network failed: %2</source>
        <translation>ネットワークでエラーが発生したため、%1 の解析を中止しました: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The analysis of %1 stopped because of an internal error: %2</source>
        <translation>内部エラーのため、%1 の解析を中止しました: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The analysis of %1 was cancelled; what was finished is kept.</source>
        <translation>%1 の解析はキャンセルされました。完了した部分は保持されます。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The model file %1 cannot be read: %2</source>
        <translation>モデルファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The model file %1 holds a %2 network, not %3 %4 as asked.</source>
        <translation>モデルファイル %1 に含まれているのは %2 ネットワークで、要求された %3 %4 ではありません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The networks cannot run in 8-bit integers with this LibTorch (%1). Analyse in 32-bit floating point instead.</source>
        <translation>この LibTorch ではネットワークを 8 ビット整数で実行できません(%1)。代わりに 32 ビット浮動小数点で解析してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The networks cannot run in 16-bit floating point here: %1. Analyse in 32-bit floating point instead.</source>
        <translation>ここではネットワークを 16 ビット浮動小数点で実行できません: %1。代わりに 32 ビット浮動小数点で解析してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The video %1 cannot be read: %2</source>
        <translation>動画 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video %1 has no frames.</source>
        <translation>動画 %1 にはフレームがありません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A flow model needs the video&apos;s optical flow, but no place for its cache was given.</source>
        <translation>フローモデルには動画のオプティカルフローが必要ですが、そのキャッシュの保存先が指定されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Optical flow</source>
        <translation>オプティカルフロー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optical flow, computed by %1</source>
        <translation>オプティカルフロー (%1 が計算中)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Frames %1 to %2 of %3 cannot be read: %4</source>
        <translation>%3 のフレーム %1 ～ %2 を読み込めません: %4</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Analysis</source>
        <translation>解析</translation>
    </message>
</context>
<context>
    <name>LabelExport</name>
    <message>
        <location filename="../core/io/LabelExport.cpp" line="+147"/>
        <source>Could not write &quot;%1&quot;: %2. Check that the folder exists and that you may write to it.</source>
        <translation>「%1」を書き込めませんでした: %2。フォルダーが存在し、書き込み権限があることを確認してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write &quot;%1&quot;: %2. Check the free disk space.</source>
        <translation>「%1」を書き込めませんでした: %2。ディスクの空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Could not create the folder &quot;%1&quot;. Choose another folder.</source>
        <translation>フォルダー「%1」を作成できませんでした。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The video &quot;%1&quot; has no valid frame rate; nothing was written for it.</source>
        <translation>動画「%1」には有効なフレームレートがないため、この動画については何も書き込まれませんでした。</translation>
    </message>
</context>
<context>
    <name>LabelImport</name>
    <message>
        <location filename="../core/io/LabelImport.cpp" line="+74"/>
        <source>%1, line %2: %3</source>
        <translation>%1 の %2 行目: %3</translation>
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
        <translation>フレーム %1 は動画の終端を超えています（この動画にはフレームがありません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>frame %1 is past the end of the video (%2 frames, numbered 0 to %3); is this the right file for this video?</source>
        <translation>フレーム %1 は動画の終端を超えています（%2 フレーム、番号は 0 ～ %3）。この動画に対応する正しいファイルですか？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>frame %1 is implausibly large</source>
        <translation>フレーム %1 は不自然に大きな値です</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+60"/>
        <location line="+332"/>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>the header must have the columns &quot;frame&quot; and &quot;behavior&quot; (found: %1)</source>
        <translation>ヘッダーには列 &quot;frame&quot; と &quot;behavior&quot; が必要です（見つかった列: %1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+66"/>
        <location line="+348"/>
        <source>expected %1 fields like the header, found %2</source>
        <translation>ヘッダーと同じ %1 個のフィールドが必要ですが、%2 個ありました</translation>
    </message>
    <message>
        <location line="-408"/>
        <location line="+67"/>
        <location line="+347"/>
        <source>&quot;%1&quot; is not a frame number</source>
        <translation>「%1」はフレーム番号ではありません</translation>
    </message>
    <message>
        <location line="-411"/>
        <source>negative frame number %1</source>
        <translation>負のフレーム番号 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>frame %1 appears more than once</source>
        <translation>フレーム %1 が複数回出現しています</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 frames of the video are not in the file; they stay unlabeled.</source>
        <translation>動画の %1 フレームがファイルに含まれていません。これらのフレームはラベルなしのままです。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the header must have the columns &quot;behavior&quot;, &quot;start_frame&quot; and &quot;end_frame&quot; (found: %1)</source>
        <translation>ヘッダーには列 &quot;behavior&quot;、&quot;start_frame&quot;、&quot;end_frame&quot; が必要です（見つかった列: %1）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>invalid bout from frame %1 to frame %2</source>
        <translation>フレーム %1 からフレーム %2 までの無効なバウト</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+99"/>
        <source>the behavior is empty</source>
        <translation>行動が空です</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>this bout overlaps the bout on line %1</source>
        <translation>このバウトは %1 行目のバウトと重なっています</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>this is not a BORIS tabular events export: no header row with the columns Time, Behavior and Status</source>
        <translation>これは BORIS の表形式イベントのエクスポートではありません: 列 Time、Behavior、Status を含むヘッダー行がありません</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>expected %1 fields like the header on line %2, found %3</source>
        <translation>%2 行目: ヘッダーと同じ %1 個のフィールドが必要ですが、%3 個ありました</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown status &quot;%1&quot; (expected START, STOP or POINT)</source>
        <translation>不明なステータス「%1」（START、STOP、POINT のいずれかが必要です）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a frame index</source>
        <translation>「%1」はフレームインデックスではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a time in seconds</source>
        <translation>「%1」は秒単位の時間ではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>negative time or frame index</source>
        <translation>負の時間またはフレームインデックス</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the file holds events of several %1 (%2); choose one with %3</source>
        <translation>ファイルには複数の %1 のイベントが含まれています（%2）。%3 で 1 つを選んでください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file has no events for &quot;%1&quot; (it has: %2)</source>
        <translation>ファイルには「%1」のイベントがありません（含まれているもの: %2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>media files</source>
        <translation>メディアファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the media file option</source>
        <translation>メディアファイルのオプション</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subjects</source>
        <translation>被験体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the subject option</source>
        <translation>被験体のオプション</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file says %1 frames per second but the video has %2; times were converted with the video&apos;s frame rate.</source>
        <translation>ファイルでは毎秒 %1 フレームとなっていますが、動画は毎秒 %2 フレームです。時間は動画のフレームレートで換算しました。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; starts again but was not stopped since line %2</source>
        <translation>「%1」が再び開始されていますが、%2 行目以降停止されていません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>overlapping states: &quot;%1&quot; starts while &quot;%2&quot; (started on line %3) is still going on; Ethoscribe needs exactly one behavior per frame</source>
        <translation>状態が重なっています: 「%1」が開始されたとき、「%2」（%3 行目で開始）がまだ続いています。Ethoscribe では各フレームにちょうど 1 つの行動が必要です</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>STOP of &quot;%1&quot; without a matching START</source>
        <translation>対応する START のない「%1」の STOP</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; starts here but never stops</source>
        <translation>「%1」はここで開始されていますが、停止されていません</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 point events fall inside a state of another behavior; the point event&apos;s behavior labels that one frame.</source>
        <translation>%1 個のポイントイベントが別の行動の状態の中にあります。そのフレーム 1 つには、ポイントイベントの行動のラベルが付きます。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a DeepEthogram label file needs a frame column and at least one behavior column</source>
        <translation>DeepEthogram のラベルファイルには、frame 列と 1 つ以上の行動の列が必要です</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>column %1 of the header has no behavior name</source>
        <translation>ヘッダーの列 %1 に行動名がありません</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>frame numbers must run 0, 1, 2, ... without gaps; expected %1, found %2</source>
        <translation>フレーム番号は 0, 1, 2, ... と欠番なく続く必要があります。%1 が必要ですが、%2 がありました</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; in column &quot;%2&quot; is not 0, 1 or -1</source>
        <translation>列「%2」の「%1」は 0、1、-1 のいずれでもありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>more than one behavior is 1 (&quot;%1&quot; and &quot;%2&quot;); Ethoscribe needs exactly one behavior per frame</source>
        <translation>複数の行動が 1 になっています（「%1」と「%2」）。Ethoscribe では各フレームにちょうど 1 つの行動が必要です</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 frames marked &quot;background&quot; (no behavior) were imported as unlabeled.</source>
        <translation>&quot;background&quot;（行動なし）とされた %1 フレームは、ラベルなしとしてインポートしました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has %1 frames but the video has %2; the remaining frames stay unlabeled.</source>
        <translation>ファイルは %1 フレームですが、動画は %2 フレームです。残りのフレームはラベルなしのままです。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>unknown format</source>
        <translation>不明な形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethoscribe per-frame CSV</source>
        <translation>Ethoscribe フレーム単位 CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethoscribe bouts CSV</source>
        <translation>Ethoscribe バウト CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BORIS tabular events</source>
        <translation>BORIS 表形式イベント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DeepEthogram labels</source>
        <translation>DeepEthogram ラベル</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the video has no valid frame rate</source>
        <translation>動画に有効なフレームレートがありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the format was not recognised; expected an Ethoscribe CSV (frame,time_s,behavior), a BORIS tabular events export or a DeepEthogram label file</source>
        <translation>形式を認識できませんでした。Ethoscribe の CSV（frame,time_s,behavior）、BORIS の表形式イベントのエクスポート、または DeepEthogram のラベルファイルが必要です</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>could not open the file: %1</source>
        <translation>ファイルを開けませんでした: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the behavior &apos;%1&apos; cannot be added: %2</source>
        <translation>行動「%1」を追加できません: %2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&apos;%1&apos; (first on line %2)</source>
        <translation>「%1」（最初は %2 行目）</translation>
    </message>
</context>
<context>
    <name>LabelRangeCommand</name>
    <message>
        <location filename="../core/project/commands/LabelRangeCommand.cpp" line="+21"/>
        <source>This label track no longer exists.</source>
        <translation>このラベルトラックはもう存在しません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Predictions cannot be edited. Accept them into a manual track and correct them there.</source>
        <translation>予測は編集できません。予測を手動トラックに取り込んでから、そこで修正してください。</translation>
    </message>
</context>
<context>
    <name>LossCurves</name>
    <message>
        <location filename="../core/eval/LossCurves.cpp" line="+55"/>
        <source>Could not read %1: %2.</source>
        <translation>%1 を読み込めませんでした: %2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, line %2: %3</source>
        <translation>%1 の %2 行目: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the header must have the columns %1</source>
        <translation>ヘッダーには列 %1 が必要です</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected %1 fields like the header, found %2</source>
        <translation>ヘッダーと同じ %1 個のフィールドが必要ですが、%2 個ありました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a fold number</source>
        <translation>「%1」はフォールド番号ではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown model &quot;%1&quot; (expected %2)</source>
        <translation>不明なモデル「%1」（%2 のいずれかが必要です）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown stream &quot;%1&quot; (expected %2)</source>
        <translation>不明なストリーム「%1」（%2 のいずれかが必要です）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an iteration number</source>
        <translation>「%1」はイテレーション番号ではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a loss</source>
        <translation>「%1」は損失の値ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a learning rate</source>
        <translation>「%1」は学習率ではありません</translation>
    </message>
</context>
<context>
    <name>MergeBoutsCommand</name>
    <message>
        <location filename="../core/project/commands/MergeBoutsCommand.cpp" line="+15"/>
        <source>Merge bouts</source>
        <translation>バウトの結合</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Both ends of a merge must be inside labeled bouts.</source>
        <translation>結合の両端は、ラベル付きのバウトの中になければなりません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These frames are already in the same bout.</source>
        <translation>これらのフレームはすでに同じバウトの中にあります。</translation>
    </message>
</context>
<context>
    <name>ModelFetchCommand</name>
    <message>
        <location filename="../app/cli/ModelFetchCommand.cpp" line="-349"/>
        <source>Models that &apos;ethoscribe-cli model fetch NAME&apos; can download (catalog: %1):</source>
        <translation>&apos;ethoscribe-cli model fetch NAME&apos; でダウンロードできるモデル（カタログ: %1）:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 classes</source>
        <translation>%1 クラス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>depth %1</source>
        <translation>深さ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>width %1</source>
        <translation>幅 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SHA-256: none known. %1</source>
        <translation>SHA-256: 不明。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Downloading %1: %2 of %3 (%4%)</source>
        <translation>%1 をダウンロード中: %2 / %3（%4%）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading %1: %2</source>
        <translation>%1 をダウンロード中: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Downloads published pretrained weights by name, checks their SHA-256 and imports them into an Ethoscribe model (as &apos;model import&apos; does). An interrupted download is resumed by running the same command again; a download that is complete and verified is not fetched again.

The list of models is built in; the environment variable %1=/path/catalog.json replaces it (same fields as &apos;model fetch --list --json&apos; prints: name, url, sha256, architecture, stream, classes, depth, widthMultiplier, ...).</source>
        <translation>公開されている事前学習済みの重みを名前で指定してダウンロードし、SHA-256 を確認して Ethoscribe のモデルにインポートします（&apos;model import&apos; と同様）。中断されたダウンロードは、同じコマンドをもう一度実行すると再開されます。完了して検証済みのダウンロードは、再度取得されません。

モデルの一覧は組み込まれています。環境変数 %1=/path/catalog.json を指定すると、その一覧に置き換わります（フィールドは &apos;model fetch --list --json&apos; が出力するものと同じです: name、url、sha256、architecture、stream、classes、depth、widthMultiplier、...）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Model to fetch (see --list).</source>
        <translation>取得するモデル（--list を参照）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the models that can be fetched, with network, stream, size, address and source.</source>
        <translation>取得できるモデルを、ネットワーク、ストリーム、サイズ、アドレス、出典とともに一覧表示します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for the download and the model (default: %1).</source>
        <translation>ダウンロードとモデルの保存先フォルダー（既定: %1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of behaviors the model predicts (default 8: the paper&apos;s drink, eat, groom, hang, micro-movement, rear, rest, walk). The file&apos;s classifier is kept only when this equals its class count (e.g. 400 for Kinetics).</source>
        <translation>モデルが予測する行動の数（既定は 8: 論文の drink、eat、groom、hang、micro-movement、rear、rest、walk）。ファイルの分類器は、この値がそのクラス数と等しい場合にのみ保持されます（例: Kinetics では 400）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Behavior names in output order, comma-separated (sets the number of behaviors; default for 8: the paper&apos;s names).</source>
        <translation>出力順の行動名（カンマ区切り。行動の数もこれで決まります。8 の場合の既定値: 論文の名前）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a,b,c</source>
        <translation>a,b,c</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the downloaded weights file after the import (it is deleted otherwise).</source>
        <translation>インポート後も、ダウンロードした重みファイルを残します（指定しない場合は削除されます）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress as JSON lines on stderr ({&quot;event&quot;:&quot;progress&quot;,&quot;bytes&quot;:..,&quot;total&quot;:..}, then {&quot;event&quot;:&quot;done&quot;,...}); with --list, the catalog as JSON.</source>
        <translation>進捗を JSON 行で標準エラー出力に出力します（{&quot;event&quot;:&quot;progress&quot;,&quot;bytes&quot;:..,&quot;total&quot;:..}、その後 {&quot;event&quot;:&quot;done&quot;,...}）。--list と一緒に指定すると、カタログを JSON で出力します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give up when no data arrived for this many seconds (default 30).</source>
        <translation>この秒数の間データが届かない場合は中止します（既定 30）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>give the name of a model; --list shows them</source>
        <translation>モデルの名前を指定してください。--list で一覧を表示できます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a known model. Known models: %2.</source>
        <translation>「%1」は既知のモデルではありません。既知のモデル: %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--classes needs a positive number</source>
        <translation>--classes には正の数が必要です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--behaviors needs at least one name</source>
        <translation>--behaviors には少なくとも 1 つの名前が必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--classes %1 does not match the %2 names of --behaviors</source>
        <translation>--classes %1 は --behaviors の %2 個の名前と一致しません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--stall-timeout needs a positive number of seconds</source>
        <translation>--stall-timeout には正の秒数が必要です</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is already here: %2</source>
        <translation>%1 はすでにあります: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Using %1, downloaded before.</source>
        <translation>以前にダウンロードした %1 を使用します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not have the expected SHA-256; downloading it again.</source>
        <translation>%1 の SHA-256 が期待される値と一致しません。もう一度ダウンロードします。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot delete %1.</source>
        <translation>%1 を削除できません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Resuming the download kept in %1</source>
        <translation>%1 に保持されているダウンロードを再開しています</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloaded %1 (%2) to %3.</source>
        <translation>%1（%2）を %3 にダウンロードしました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SHA-256 %1. No digest is published for this file, so it could not be checked: compare it with a copy you trust.</source>
        <translation>SHA-256 %1。このファイルのダイジェストは公開されていないため、検証できませんでした。信頼できるコピーと比較してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256 %1 matches the expected %2.</source>
        <translation>SHA-256 %1 は期待される値 %2 と一致します。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pretrained: %1 (%2)</source>
        <translation>事前学習済み: %1（%2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not delete the download %1.</source>
        <translation>ダウンロードしたファイル %1 を削除できませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model: %1</source>
        <translation>モデル: %1</translation>
    </message>
</context>
<context>
    <name>ModelImportCommand</name>
    <message>
        <location filename="../app/cli/ModelImportCommand.cpp" line="-161"/>
        <source>Network: i3d or r2plus1d.</source>
        <translation>ネットワーク: i3d または r2plus1d。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input stream of the model: rgb (default) or flow. RGB weights given for a flow model start its first convolution from the mean over the colour channels.</source>
        <translation>モデルの入力ストリーム: rgb（既定）または flow。フローモデルに RGB の重みを与えた場合、最初の畳み込みは色チャネルの平均から開始されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rgb|flow</source>
        <translation>rgb|flow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of behaviors the model predicts. When it differs from the file&apos;s classifier, the classifier is re-initialised.</source>
        <translation>モデルが予測する行動の数。ファイルの分類器と異なる場合、分類器は再初期化されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behavior names in output order, comma-separated (default for 8 classes: the paper&apos;s drink, eat, groom, hang, micro-movement, rear, rest, walk).</source>
        <translation>出力順に並べた行動名（カンマ区切り）（8 クラスの場合の既定: 論文の drink、eat、groom、hang、micro-movement、rear、rest、walk）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a,b,c</source>
        <translation>a,b,c</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model file to write (.safetensors).</source>
        <translation>書き出すモデルファイル（.safetensors）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width multiplier of the network (1 for published weights).</source>
        <translation>ネットワークの幅の倍率（公開されている重みでは 1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R(2+1)D depth: 10, 18 (default, as torchvision&apos;s r2plus1d_18) or 34.</source>
        <translation>R(2+1)D の深さ: 10、18（既定。torchvision の r2plus1d_18 と同じ）、または 34。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text describing what the weights were trained on.</source>
        <translation>重みが何で学習されたかを説明するテキスト。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starts an I3D model from 2D ImageNet Inception-v1 weights (pytorch-i3d names with 2D kernels, e.g. Conv2d_1a_7x7.conv2d.weight [64,3,7,7]): each kernel is repeated along time and divided by its temporal size.</source>
        <translation>2D の ImageNet Inception-v1 の重み（2D カーネルを持つ pytorch-i3d 形式の名前。例: Conv2d_1a_7x7.conv2d.weight [64,3,7,7]）から I3D モデルを作成します。各カーネルは時間方向に繰り返され、その時間方向のサイズで割られます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Converts published network weights (a PyTorch state dict .pt/.pth saved with torch.save, a TorchScript file or a .safetensors file) into an Ethoscribe model, and reports how many tensors matched.</source>
        <translation>公開されているネットワークの重み（torch.save で保存された PyTorch の state dict .pt/.pth、TorchScript ファイル、または .safetensors ファイル）を Ethoscribe のモデルに変換し、一致したテンソルの数を報告します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>2D Inception-v1 weights.</source>
        <translation>2D Inception-v1 の重み。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights to import.</source>
        <translation>インポートする重み。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>give exactly one weights file</source>
        <translation>重みファイルを 1 つだけ指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the model file to write with --out</source>
        <translation>書き出すモデルファイルを --out で指定してください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give the network with --arch i3d or --arch r2plus1d</source>
        <translation>ネットワークを --arch i3d または --arch r2plus1d で指定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a network; use i3d or r2plus1d</source>
        <translation>「%1」はネットワークではありません。i3d または r2plus1d を使ってください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a stream; use rgb or flow</source>
        <translation>「%1」はストリームではありません。rgb または flow を使ってください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--classes needs a positive number</source>
        <translation>--classes には正の数が必要です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--behaviors lists no names</source>
        <translation>--behaviors に名前が 1 つもありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--behaviors names a behavior twice</source>
        <translation>--behaviors に同じ行動が 2 回指定されています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--classes is %1 but --behaviors names %2 behaviors</source>
        <translation>--classes は %1 ですが、--behaviors には %2 個の行動が指定されています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the number of behaviors with --classes or their names with --behaviors</source>
        <translation>行動の数を --classes で、または行動の名前を --behaviors で指定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--width needs a positive number</source>
        <translation>--width には正の数が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--depth must be 10, 18 or 34</source>
        <translation>--depth は 10、18、34 のいずれかでなければなりません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>imported from %1</source>
        <translation>%1 からインポート</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+8"/>
        <source>Tensors: %1</source>
        <translation>テンソル: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Read %1 (%2)</source>
        <translation>%1 を読み込みました（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, weights under &apos;%1&apos;</source>
        <translation>、重みはキー「%1」の下にあります</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wrote %1: %2 %3 model for %4 behaviors (%5)</source>
        <translation>%1 を書き出しました: %4 個の行動に対する %2 %3 モデル（%5）</translation>
    </message>
</context>
<context>
    <name>ModelImporter</name>
    <message>
        <location filename="../models/weights/ModelImporter.cpp" line="+33"/>
        <source>No behaviors were given for the imported model.</source>
        <translation>インポートするモデルの行動が指定されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only I3D can be inflated from 2D Inception-v1 weights.</source>
        <translation>2D Inception-v1 の重みからインフレートできるのは I3D だけです。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot build the network: %1</source>
        <translation>ネットワークを構築できません: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The &quot;module.&quot; prefix of multi-GPU training was removed from %n name(s).</source>
        <translation>
            <numerusform>マルチ GPU 学習による接頭辞 &quot;module.&quot; を %n 個の名前から削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inflation needs 2D Inception-v1 weights named like pytorch-i3d&apos;s (Conv2d_1a_7x7.conv2d.weight, Mixed_3b.b0.conv2d.weight, ...).</source>
        <translation>インフレートには、pytorch-i3d と同じ形式の名前を持つ 2D Inception-v1 の重みが必要です（Conv2d_1a_7x7.conv2d.weight、Mixed_3b.b0.conv2d.weight、...）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the architecture chosen (i3d or r2plus1d) and that the file holds the weights of that network.</source>
        <translation>選択したアーキテクチャ（i3d または r2plus1d）を確認し、ファイルにそのネットワークの重みが含まれていることを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; does not fit the %2 network for %3 input: %4 %5</source>
        <translation>「%1」は %3 入力用の %2 ネットワークに合いません: %4 %5</translation>
    </message>
</context>
<context>
    <name>ModelSpec</name>
    <message>
        <location filename="../models/ModelSpec.cpp" line="+32"/>
        <source>the model&apos;s architecture is missing or unknown</source>
        <translation>モデルのアーキテクチャが指定されていないか、不明です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the model&apos;s input stream (rgb or flow) is missing or unknown</source>
        <translation>モデルの入力ストリーム（rgb または flow）が指定されていないか、不明です</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the model does not list the behaviors it predicts</source>
        <translation>モデルに、予測する行動の一覧がありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the model&apos;s input size is not valid</source>
        <translation>モデルの入力サイズが無効です</translation>
    </message>
</context>
<context>
    <name>ModelSummaryCommand</name>
    <message>
        <location filename="../app/cli/ModelSummaryCommand.cpp" line="-122"/>
        <source>Lists the layers of a network (name, output shape for one 16-frame clip, parameters) and its exact parameter count. Runs the network once on zeros.</source>
        <translation>ネットワークの層（名前、16 フレームのクリップ 1 つに対する出力形状、パラメーター数）と、正確なパラメーター総数を一覧表示します。ネットワークをゼロの入力で 1 回実行します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network: i3d or r2plus1d.</source>
        <translation>ネットワーク: i3d または r2plus1d。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of output classes (default 8, the paper&apos;s behaviors; 400 for Kinetics).</source>
        <translation>出力クラスの数（既定は 8: 論文の行動。Kinetics では 400）。</translation>
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
        <translation>入力ストリーム: rgb（3 チャネル、既定）または flow（2 チャネル）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STREAM</source>
        <translation>STREAM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Width multiplier (default 1 = the published network).</source>
        <translation>幅の倍率（既定は 1 = 公開されているネットワーク）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R(2+1)D depth: 10, 18 (default) or 34.</source>
        <translation>R(2+1)D の深さ: 10、18（既定）、または 34。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frames per clip (default 16; a multiple of 8).</source>
        <translation>クリップあたりのフレーム数（既定は 16。8 の倍数）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON を出力します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--arch is required (i3d or r2plus1d)</source>
        <translation>--arch は必須です（i3d または r2plus1d）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown network &apos;%1&apos;; use i3d or r2plus1d</source>
        <translation>不明なネットワーク「%1」です。i3d または r2plus1d を使ってください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown stream &apos;%1&apos;; use rgb or flow</source>
        <translation>不明なストリーム「%1」です。rgb または flow を使ってください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--classes, --width, --depth and --frames take numbers</source>
        <translation>--classes、--width、--depth、--frames には数値を指定してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--frames must be a multiple of 8 (got %1)</source>
        <translation>--frames は 8 の倍数でなければなりません（指定値: %1）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>could not run the network on a clip of shape %1: %2</source>
        <translation>形状 %1 のクリップでネットワークを実行できませんでした: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Input %1 (N, C, T, H, W)</source>
        <translation>入力 %1 (N, C, T, H, W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer</source>
        <translation>層</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output shape</source>
        <translation>出力形状</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameters</source>
        <translation>パラメーター数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total parameters: %1</source>
        <translation>パラメーター総数: %1</translation>
    </message>
</context>
<context>
    <name>MoveBehaviorCommand</name>
    <message>
        <location filename="../core/project/commands/MoveBehaviorCommand.cpp" line="+10"/>
        <source>Reorder behaviors</source>
        <translation>行動の並べ替え</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no behavior at this position.</source>
        <translation>この位置に行動はありません。</translation>
    </message>
</context>
<context>
    <name>MoveBoundaryCommand</name>
    <message>
        <location filename="../core/project/commands/MoveBoundaryCommand.cpp" line="+15"/>
        <source>Move bout edge</source>
        <translation>バウト境界の移動</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no bout edge at frame %1.</source>
        <translation>フレーム %1 にバウトの境界はありません。</translation>
    </message>
</context>
<context>
    <name>OptimizerState</name>
    <message>
        <location filename="../models/checkpoint/OptimizerState.cpp" line="+66"/>
        <source>The saved training state does not fit the network (parameter &apos;%1&apos;); training cannot resume from it.</source>
        <translation>保存された学習状態がネットワークに合いません（パラメーター「%1」）。この状態から学習を再開することはできません。</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <location filename="../ui/plots/PlotExport.cpp" line="+48"/>
        <source>Could not write &quot;%1&quot;: renaming the finished file failed. Check that you may write to the folder.</source>
        <translation>「%1」を書き込めませんでした: 完成したファイルの名前の変更に失敗しました。フォルダーへの書き込み権限があることを確認してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write &quot;%1&quot;. Check that the folder exists, that you may write to it and the free disk space.</source>
        <translation>「%1」を書き込めませんでした。フォルダーが存在すること、書き込み権限があること、ディスクの空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Made with Ethoscribe</source>
        <translation>Ethoscribe で作成</translation>
    </message>
</context>
<context>
    <name>PositionedFile</name>
    <message>
        <location filename="../core/flow/PositionedFile.cpp" line="+58"/>
        <location line="+12"/>
        <source>Could not open %1: %2.</source>
        <translation>%1 を開けませんでした: %2。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Could not read %1: %2.</source>
        <translation>%1 を読み込めませんでした: %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ends early (it is truncated).</source>
        <translation>%1 が途中で終わっています（切り詰められています）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read %1 (it may be truncated).</source>
        <translation>%1 を読み込めませんでした（切り詰められている可能性があります）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+12"/>
        <source>Could not write %1: %2. Check the free disk space; what was finished is kept and the computation resumes from there.</source>
        <translation>%1 を書き込めませんでした: %2。ディスクの空き容量を確認してください。完了した部分は保持され、計算はそこから再開されます。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not write %1 to disk: %2.</source>
        <translation>%1 をディスクに書き込めませんでした: %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write %1 to disk.</source>
        <translation>%1 をディスクに書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>PredictionChunk</name>
    <message>
        <location filename="../core/labels/PredictionChunk.cpp" line="+131"/>
        <source>a block of stored predictions is damaged (%1)</source>
        <translation>保存された予測のブロックが破損しています（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a block of predictions</source>
        <translation>予測のブロックではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a block of stored predictions uses format version %1, which this version of Ethoscribe cannot read</source>
        <translation>保存された予測のブロックはフォーマットバージョン %1 を使用しており、このバージョンの Ethoscribe では読み込めません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid class count</source>
        <translation>無効なクラス数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid frame count</source>
        <translation>無効なフレーム数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>size does not match %1 frames</source>
        <translation>サイズが %1 フレームと一致しません</translation>
    </message>
</context>
<context>
    <name>PredictionStore</name>
    <message>
        <location filename="../core/project/PredictionStore.cpp" line="+75"/>
        <source>The stored predictions of label track %1 are damaged (their description is not valid). Run the prediction again.</source>
        <translation>ラベルトラック %1 の保存された予測が破損しています（その説明情報が無効です）。予測をもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Predictions need between 1 and %1 behaviors and a frame count that is not negative (got %2 behaviors, %3 frames).</source>
        <translation>予測には 1 ～ %1 個の行動と、負でないフレーム数が必要です（指定値: 行動 %2 個、%3 フレーム）。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Label track %1 has no predictions to add rows to.</source>
        <translation>ラベルトラック %1 には、行を追加する対象の予測がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+97"/>
        <source>Frames %1 to %2 are outside the %3 frames of the predictions.</source>
        <translation>フレーム %1 ～ %2 は、予測の %3 フレームの範囲外です。</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+99"/>
        <source>a block does not fit the track</source>
        <translation>ブロックがトラックに合いません</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+99"/>
        <source>The stored predictions of label track %1 are damaged (%2). Run the prediction again.</source>
        <translation>ラベルトラック %1 の保存された予測が破損しています（%2）。予測をもう一度実行してください。</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Label track %1 has no predictions.</source>
        <translation>ラベルトラック %1 には予測がありません。</translation>
    </message>
</context>
<context>
    <name>PredictionTrack</name>
    <message>
        <location filename="../core/labels/PredictionTrack.cpp" line="+59"/>
        <source>The predictions do not fit their classes (%1 values for %2 frames and %3 classes).</source>
        <translation>予測がクラスと合っていません（%2 フレーム、%3 クラスに対して値が %1 個）。</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>The stored predictions are damaged (%1). Run the prediction again.</source>
        <translation>保存された予測が破損しています（%1）。予測をもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a prediction record</source>
        <translation>予測のレコードではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored predictions use format version %1, which this version of Ethoscribe cannot read. Update Ethoscribe or run the prediction again.</source>
        <translation>保存された予測はフォーマットバージョン %1 を使用しており、このバージョンの Ethoscribe では読み込めません。Ethoscribe を更新するか、予測をもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid class count</source>
        <translation>無効なクラス数</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>truncated</source>
        <translation>切り詰められています</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>size does not match %1 frames</source>
        <translation>サイズが %1 フレームと一致しません</translation>
    </message>
</context>
<context>
    <name>PredictionsCsv</name>
    <message>
        <location filename="../core/eval/PredictionsCsv.cpp" line="+99"/>
        <source>Cannot write %1: there are no classes.</source>
        <translation>%1 を書き込めません: クラスがありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: the class names must be unique and not empty (%2).</source>
        <translation>%1 を書き込めません: クラス名は重複せず、空でない必要があります（%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: the recording has no frames.</source>
        <translation>%1 を書き込めません: 録画にフレームがありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: invalid fold %2.</source>
        <translation>%1 を書き込めません: 無効なフォールド %2 です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: the recording has no predictions.</source>
        <translation>%1 を書き込めません: 録画に予測がありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: unknown stream &quot;%2&quot; (known: %3).</source>
        <translation>%1 を書き込めません: 不明なストリーム「%2」です（既知のストリーム: %3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: the %2 probabilities have %3 values instead of %4 frames x %5 classes.</source>
        <translation>%1 を書き込めません: %2 の確率の値が %3 個あり、%4 フレーム x %5 クラスと一致しません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: frame %2 has the class index %3.</source>
        <translation>%1 を書き込めません: フレーム %2 のクラスインデックスが %3 です。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read %1: %2.</source>
        <translation>%1 を読み込めませんでした: %2。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, line %2: %3</source>
        <translation>%1 の %2 行目: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the header must be &quot;frame,fold,truth&quot; followed by probability columns such as i3d_rgb_&lt;class&gt;; this is not a predictions file</source>
        <translation>ヘッダーは &quot;frame,fold,truth&quot; の後に i3d_rgb_&lt;class&gt; のような確率の列が続く形でなければなりません。これは予測ファイルではありません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>column &quot;%1&quot; is not &lt;model&gt;_&lt;stream&gt;_&lt;class&gt; with model i3d or r2plus1d and stream rgb or flow</source>
        <translation>列「%1」が &lt;model&gt;_&lt;stream&gt;_&lt;class&gt;（model は i3d または r2plus1d、stream は rgb または flow）の形式ではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the %1 columns are not next to each other</source>
        <translation>%1 の列が隣り合っていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>列「%1」が 2 回出現しています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the %1 columns list the classes %2, but the %3 columns list %4</source>
        <translation>%1 の列のクラスは %2 ですが、%3 の列のクラスは %4 です</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected %1 fields like the header, found %2</source>
        <translation>ヘッダーと同じ %1 個のフィールドが必要ですが、%2 個ありました</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected frame %1, found &quot;%2&quot; (frames are numbered from 0, one row each, in order)</source>
        <translation>フレーム %1 が必要ですが、「%2」がありました（フレームは 0 から番号が付き、1 行に 1 フレームずつ順番に並びます）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a fold number</source>
        <translation>「%1」はフォールド番号ではありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fold %1 differs from fold %2 on line %3; a recording is held out by one fold</source>
        <translation>フォールド %1 が %3 行目のフォールド %2 と異なります。1 つの録画は 1 つのフォールドで除外されます</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown class &quot;%1&quot; (the columns list %2)</source>
        <translation>不明なクラス「%1」（列のクラス: %2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; in column %2 is not a probability between 0 and 1</source>
        <translation>列 %2 の「%1」は 0 から 1 の間の確率ではありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file has a header but no frames</source>
        <translation>ファイルにヘッダーはありますが、フレームがありません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The predictions folder %1 does not exist; cross-validation writes one &lt;video&gt;.csv per held-out recording there.</source>
        <translation>予測フォルダー %1 が存在しません。交差検証では、除外した録画ごとに &lt;video&gt;.csv がそこに書き出されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The predictions folder %1 holds no predictions files (&lt;video&gt;.csv, one per held-out recording).</source>
        <translation>予測フォルダー %1 に予測ファイル（除外した録画ごとに 1 つの &lt;video&gt;.csv）がありません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 lists the classes %2, but %3 lists %4; all predictions files of a run must have the same classes in the same order.</source>
        <translation>%1 のクラスは %2 ですが、%3 のクラスは %4 です。1 つのランのすべての予測ファイルは、同じクラスを同じ順序で持つ必要があります。</translation>
    </message>
</context>
<context>
    <name>PretrainedCatalog</name>
    <message>
        <location filename="../models/weights/PretrainedCatalog.cpp" line="+121"/>
        <source>built-in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the model catalog %1 (named by %2): %3</source>
        <translation>モデルカタログ %1（%2 で指定）を読み込めません: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The model catalog %1 is not valid: %2</source>
        <translation>モデルカタログ %1 が無効です: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at byte %2</source>
        <translation>%2 バイト目: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no &quot;models&quot; list</source>
        <translation>&quot;models&quot; リストがありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an entry has no name, or a name with spaces</source>
        <translation>名前のないエントリー、または名前にスペースを含むエントリーがあります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; appears twice</source>
        <translation>「%1」が 2 回出現しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;url&quot; is missing or not an address</source>
        <translation>&quot;url&quot; がないか、アドレスではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give a plain &quot;fileName&quot; (the URL does not end in one)</source>
        <translation>単純な &quot;fileName&quot; を指定してください（URL の末尾がファイル名になっていません）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;architecture&quot; must be i3d or r2plus1d</source>
        <translation>&quot;architecture&quot; は i3d または r2plus1d でなければなりません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;stream&quot; must be rgb or flow</source>
        <translation>&quot;stream&quot; は rgb または flow でなければなりません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;classes&quot; must be the number of outputs of the file&apos;s classifier</source>
        <translation>&quot;classes&quot; はファイルの分類器の出力数でなければなりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;depth&quot; must be 10, 18 or 34</source>
        <translation>&quot;depth&quot; は 10、18、34 のいずれかでなければなりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;widthMultiplier&quot; must be positive</source>
        <translation>&quot;widthMultiplier&quot; は正の値でなければなりません</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <location filename="../app/cli/ProjectCommands.cpp" line="-1053"/>
        <location line="+523"/>
        <location line="+82"/>
        <source>Cannot change the project %1: %2.</source>
        <translation>プロジェクト %1 を変更できません: %2。</translation>
    </message>
    <message>
        <location line="-591"/>
        <source>The project has no videos; add %1 first with &apos;ethoscribe-cli project add-video&apos;.</source>
        <translation>プロジェクトに動画がありません。先に &apos;ethoscribe-cli project add-video&apos; で %1 を追加してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project has no video %1 (or several videos have that name). Its videos: %2.</source>
        <translation>プロジェクトに動画 %1 がありません（または同じ名前の動画が複数あります）。プロジェクトの動画: %2。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Create an empty project file (NAME.ethoproj) with the eight behaviors of Jhuang et al. 2010.</source>
        <translation>Jhuang et al. 2010 の 8 つの行動を含む、空のプロジェクトファイル（NAME.ethoproj）を作成します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project file to create.</source>
        <translation>作成するプロジェクトファイル。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with no behaviors.</source>
        <translation>行動なしで開始します。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created the project %1.</source>
        <translation>プロジェクト %1 を作成しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add videos to a project (reads their length, frame rate and size).</source>
        <translation>プロジェクトに動画を追加します（動画の長さ、フレームレート、サイズを読み取ります）。</translation>
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
        <translation>プロジェクトファイル。</translation>
    </message>
    <message>
        <location line="-788"/>
        <source>Video files to add.</source>
        <translation>追加する動画ファイル。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source recording the videos belong to (for clips).</source>
        <translation>動画が属する元の録画（クリップの場合）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the added videos as JSON.</source>
        <translation>追加した動画を JSON で出力します。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is already in the project (same content); not added again.</source>
        <translation>%1 はすでにプロジェクトにあります（内容が同じです）。再度追加はしません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added %1: %2 frames at %3 fps, %4x%5, %6.</source>
        <translation>%1 を追加しました: %2 フレーム、%3 fps、%4x%5、%6。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Import a label file into the manual track of one annotator of one video (replacing its labels; one undo step in the application).</source>
        <translation>ラベルファイルを、1 つの動画の 1 人のアノテーターの手動トラックにインポートします（既存のラベルは置き換えられます。アプリケーションでは 1 回の操作で元に戻せます）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The label file (CSV).</source>
        <translation>ラベルファイル（CSV）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video the labels are for (as added, or its file name).</source>
        <translation>ラベルの対象となる動画（追加したときの名前、またはファイル名）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto (default), ethoscribe, bouts, boris or deepethogram.</source>
        <translation>auto（既定）、ethoscribe、bouts、boris、または deepethogram。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the manual track (default: imported).</source>
        <translation>手動トラックの名前（既定: imported）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map a behavior name of the file to one of the project (from=to; from= skips it). Repeatable.</source>
        <translation>ファイル内の行動名をプロジェクトの行動に対応付けます（from=to。from= とするとその行動をスキップします）。複数回指定できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+256"/>
        <source>Add behaviors the project does not have.</source>
        <translation>プロジェクトにない行動を追加します。</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>BORIS: the media file whose events to import.</source>
        <translation>BORIS: イベントをインポートするメディアファイル。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BORIS: the subject whose events to import.</source>
        <translation>BORIS: イベントをインポートする被験体。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+254"/>
        <source>Print the outcome as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>--video is required</source>
        <translation>--video は必須です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown format &apos;%1&apos;</source>
        <translation>不明な形式「%1」</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+258"/>
        <source>--map needs from=to, got &apos;%1&apos;</source>
        <translation>--map には from=to が必要ですが、「%1」が指定されました</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>--map %1: the project has no behavior &apos;%2&apos;. Its behaviors: %3.</source>
        <translation>--map %1: プロジェクトに行動「%2」がありません。プロジェクトの行動: %3。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 names behaviors the project does not have: %2. Map them to project behaviors with --map NAME=BEHAVIOR (project behaviors: %3), skip them with --map NAME=, or add them with --add-unknown. Nothing was imported.</source>
        <translation>%1 には、プロジェクトにない行動が含まれています: %2。--map NAME=BEHAVIOR でプロジェクトの行動に対応付けるか（プロジェクトの行動: %3）、--map NAME= でスキップするか、--add-unknown で追加してください。何もインポートされませんでした。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported %1 bouts (%2 labeled frames of %3) from %4 (%5) into the track &apos;%6&apos; of %7.</source>
        <translation>%4（%5）から %1 個のバウト（%3 フレーム中 %2 フレームにラベルあり）を %7 のトラック「%6」にインポートしました。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export labels as CSV: OUT/&lt;video name&gt;_ethogram.csv (one row per frame) and OUT/&lt;video name&gt;_bouts.csv (one row per bout), as &apos;analyze&apos; writes them. Videos of the same name in different folders get _2, _3, ... after the name.</source>
        <translation>ラベルを CSV としてエクスポートします: OUT/&lt;video name&gt;_ethogram.csv（1 フレームにつき 1 行）と OUT/&lt;video name&gt;_bouts.csv（1 バウトにつき 1 行）。&apos;analyze&apos; と同じ形式です。別々のフォルダーにある同じ名前の動画には、名前の後に _2、_3、... が付きます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder to write to (created if needed).</source>
        <translation>書き出し先のフォルダー（必要に応じて作成されます）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+269"/>
        <source>Only this video.</source>
        <translation>この動画のみ。</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Track to export: an annotator, a model, model:stream, or fused (the models&apos; fused prediction with the fusion settings saved by the window, as its timeline shows it). Default: the first manual track.</source>
        <translation>エクスポートするトラック: アノテーター、モデル、モデル:ストリーム、または fused（ウィンドウが保存した融合設定によるモデルの融合予測。タイムラインに表示されるとおり）。既定: 最初の手動トラック。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add one probability column per behavior (beside an annotator&apos;s labels: the fused prediction&apos;s).</source>
        <translation>行動ごとに確率の列を 1 つ追加します（アノテーターのラベルの横には融合予測の確率）。</translation>
    </message>
    <message>
        <location line="+262"/>
        <source>Track: an annotator, a model, model:stream, or fused (the models&apos; fused prediction with the fusion settings saved by the window). Default: the first manual track.</source>
        <translation>トラック: アノテーター、モデル、モデル:ストリーム、または fused（ウィンドウが保存した融合設定によるモデルの融合予測）。既定: 最初の手動トラック。</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>The reference track: an annotator, a model, model:stream, or fused (the models&apos; fused prediction with the fusion settings saved by the window). Default: the first manual track.</source>
        <translation>基準トラック: アノテーター、モデル、モデル:ストリーム、または fused（ウィンドウが保存した融合設定によるモデルの融合予測）。既定: 最初の手動トラック。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Track to show: an annotator, a model, model:stream, or fused (the models&apos; fused prediction with the fusion settings saved by the window). Default: the first manual track.</source>
        <translation>表示するトラック: アノテーター、モデル、モデル:ストリーム、または fused（ウィンドウが保存した融合設定によるモデルの融合予測）。既定: 最初の手動トラック。</translation>
    </message>
    <message>
        <location line="-562"/>
        <location line="+132"/>
        <source>--out is required</source>
        <translation>--out は必須です</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>warning: %1 has no track %2; skipped.</source>
        <translation>警告: %1 には %2 のトラックがありません。スキップしました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with labels</source>
        <translation>ラベル付き</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>warning: %1 has no predictions; exported without probabilities.</source>
        <translation>警告: %1 には予測がありません。確率なしでエクスポートしました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note: %1: the models&apos; class &quot;%2&quot; has no behavior of that name (renamed?); its probabilities are in the column p_%2, after the behaviors&apos; columns.</source>
        <translation>注: %1: モデルのクラス「%2」と同じ名前の行動がありません（名前を変更しましたか？）。その確率は、行動の列の後ろにある列 p_%2 に出力されます。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote %1 and %2 (track &apos;%3&apos;).</source>
        <translation>%1 と %2 を書き出しました（トラック「%3」）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to export: no video of the project has a matching label track.</source>
        <translation>エクスポートするものがありません: プロジェクトのどの動画にも、該当するラベルトラックがありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make a project of a folder of behavior clips: files named &lt;recording&gt;_&lt;behavior&gt;_&lt;n&gt;.&lt;ext&gt;, or one sub-folder per behavior. Each clip becomes a video fully labeled with its behavior.</source>
        <translation>行動クリップのフォルダーからプロジェクトを作成します: &lt;recording&gt;_&lt;behavior&gt;_&lt;n&gt;.&lt;ext&gt; という名前のファイル、または行動ごとに 1 つのサブフォルダー。各クリップは、その行動で全体がラベル付けされた動画になります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of clips.</source>
        <translation>クリップのフォルダー。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project file (created when it does not exist).</source>
        <translation>プロジェクトファイル（存在しない場合は作成されます）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map a clip behavior name to a project behavior (from=to).</source>
        <translation>クリップの行動名をプロジェクトの行動に対応付けます（from=to）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the label track (default: clips).</source>
        <translation>ラベルトラックの名前（既定: clips）。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Reading clips: %1 / %2</source>
        <translation>クリップを読み込み中: %1 / %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Imported %1 clips from %2 recordings into %3.</source>
        <translation>%2 個の録画から %1 個のクリップを %3 にインポートしました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>warning: %1 clips of the unknown behavior &apos;%2&apos; were skipped (use --map %2=BEHAVIOR or --add-unknown).</source>
        <translation>警告: 不明な行動「%2」の %1 個のクリップをスキップしました（--map %2=BEHAVIOR または --add-unknown を使ってください）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>warning: skipped %1</source>
        <translation>警告: %1 をスキップしました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No clip was imported.</source>
        <translation>クリップはインポートされませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find videos that were moved or renamed in FOLDER (and its sub-folders) by their content.</source>
        <translation>移動または名前変更された動画を、FOLDER（とそのサブフォルダー）の中から内容をもとに探します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to look.</source>
        <translation>探す場所。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Found %1 at %2.</source>
        <translation>%1 は %2 にありました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 missing videos found.</source>
        <translation>見つからなかった動画 %2 本のうち %1 本が見つかりました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 videos are still missing.</source>
        <translation>%1 本の動画がまだ見つかりません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time budget, bouts and transitions per video.</source>
        <translation>動画ごとの時間配分、バウト、遷移。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+197"/>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Also give the statistics in time bins of this many seconds (e.g. 300 for 5-minute bins after an injection); bouts are cut at bin borders and latencies count from each bin&apos;s start.</source>
        <translation>指定した秒数の時間ビンごとの統計も出力します（例: 注射後の 5 分ビンなら 300）。バウトはビンの境界で区切られ、潜時は各ビンの開始から数えます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also draw the plots into this folder: the ethogram of the videos one above the other, their time budgets, and per video the transition matrix (and, with --bin, behavior over time); each as PNG, PDF and SVG with its numbers as CSV.</source>
        <translation>このフォルダーにプロットも描画します: 動画のエソグラムを縦に並べたもの、その時間配分、動画ごとの遷移行列（--bin を指定した場合は行動の時間変化も）。それぞれ PNG、PDF、SVG で、数値は CSV で出力します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also write the numbers to this CSV file: one row per video, track, time bin (or &apos;all&apos;) and behavior.</source>
        <translation>数値をこの CSV ファイルにも書き出します: 動画、トラック、時間ビン（または &apos;all&apos;）、行動ごとに 1 行です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--bin must be a number of seconds above 0.</source>
        <translation>--bin には 0 より大きい秒数を指定してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The project has no videos.</source>
        <translation>プロジェクトに動画がありません。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (track &apos;%2&apos;): %3 of %4 frames labeled</source>
        <translation>%1（トラック「%2」）: %4 フレーム中 %3 フレームにラベル付け済み</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+151"/>
        <source>behavior</source>
        <translation>行動</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+151"/>
        <source>frames</source>
        <translation>フレーム数</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% labeled</source>
        <translation>ラベル付き%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bouts</source>
        <translation>バウト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean bout s</source>
        <translation>平均バウト s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first at s</source>
        <translation>初回 s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>  seconds of each behavior per time bin:</source>
        <translation>  時間ビンごとの各行動の秒数:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bin (s)</source>
        <translation>ビン (s)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Wrote %1 plot files into %2.</source>
        <translation>%2 に %1 個のプロットファイルを書き出しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plots skipped: this ethoscribe-cli was built without the GUI (ETHOSCRIBE_BUILD_GUI=OFF).</source>
        <translation>プロットを省略しました: この ethoscribe-cli は GUI なしでビルドされています（ETHOSCRIBE_BUILD_GUI=OFF）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote %1.</source>
        <translation>%1 を書き出しました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How well two tracks of a video agree (two annotators, or a model against the manual labels), on the frames labeled in both: accuracy, Cohen&apos;s kappa, precision, recall and F1 per behavior, and the confusion matrix.</source>
        <translation>動画の 2 つのトラック（2 人のアノテーター、またはモデルと手動ラベル）が、両方でラベル付けされたフレームでどれだけ一致するかを示します: 正解率、Cohen のカッパ、行動ごとの適合率・再現率・F1、および混同行列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+110"/>
        <source>The video (name or path).</source>
        <translation>動画（名前またはパス）。</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+110"/>
        <source>video</source>
        <translation>動画</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+2"/>
        <location line="+109"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>The track compared with it.</source>
        <translation>比較するトラック。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the video with --video and the track to compare with --compare.</source>
        <translation>動画を --video で、比較するトラックを --compare で指定してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+123"/>
        <source>The video %1 has no track %2. Its tracks: %3.</source>
        <translation>動画 %1 にトラック %2 はありません。この動画のトラック: %3。</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>%1: &apos;%2&apos; against the reference &apos;%3&apos;, on %4 frames labeled in both</source>
        <translation>%1: 「%2」と基準「%3」の比較（両方でラベル付けされた %4 フレーム）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No frame is labeled in both tracks: there is nothing to compare.</source>
        <translation>両方のトラックでラベル付けされたフレームがないため、比較できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accuracy %1%, Cohen&apos;s kappa %2, macro F1 %3</source>
        <translation>正解率 %1%、Cohen のカッパ %2、マクロ F1 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>precision</source>
        <translation>適合率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>再現率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  confusion matrix (frames; rows: reference, columns: compared):</source>
        <translation>  混同行列（フレーム数。行: 基準、列: 比較対象）:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Writes a video of a project with the behavior of each frame written in its colour at the top left and a moving ethogram strip along the bottom (H.264), for talks and papers. Ctrl+C stops it and leaves no file.</source>
        <translation>プロジェクトの動画を書き出します。各フレームの行動がその色で左上に表示され、下部には動くエソグラムの帯が表示されます（H.264）。発表や論文用です。Ctrl+C で中止すると、ファイルは残りません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The video file to write (.mp4).</source>
        <translation>書き出す動画ファイル（.mp4）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at this time (seconds).</source>
        <translation>この時刻（秒）から開始します。</translation>
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
        <translation>この時刻（秒）で終了します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds shown by the ethogram strip (default 20).</source>
        <translation>エソグラムの帯に表示する秒数（既定 20）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the video with --video and the file with --out.</source>
        <translation>動画を --video で、ファイルを --out で指定してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--from, --to and --strip must be seconds (--to after --from).</source>
        <translation>--from、--to、--strip には秒数を指定してください（--to は --from より後）。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>export-video: %1 of %2 frames (%3%)</source>
        <translation>export-video: %2 フレーム中 %1 フレーム（%3%）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote %1 (track &apos;%2&apos;).</source>
        <translation>%1 を書き出しました（トラック「%2」）。</translation>
    </message>
</context>
<context>
    <name>ProjectDatabase</name>
    <message>
        <location filename="../core/project/ProjectDatabase.cpp" line="+41"/>
        <source>another program is using the project file; close it and try again</source>
        <translation>別のプログラムがプロジェクトファイルを使用しています。そのプログラムを閉じてから、もう一度お試しください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project file cannot be written (it is read-only or on a read-only disk)</source>
        <translation>プロジェクトファイルに書き込めません（読み取り専用か、読み取り専用のディスク上にあります）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk could not be read or written (is it full? is it still connected?)</source>
        <translation>ディスクの読み書きができませんでした（空き容量はありますか？ディスクはまだ接続されていますか？）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is damaged or is not an Ethoscribe project</source>
        <translation>ファイルが破損しているか、Ethoscribe プロジェクトではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full; free some space and try again</source>
        <translation>ディスクがいっぱいです。空き容量を確保してから、もう一度お試しください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be opened (check that the folder exists and that you may write in it)</source>
        <translation>ファイルを開けません（フォルダーが存在し、そこに書き込む権限があるか確認してください）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown database error</source>
        <translation>不明なデータベースエラー</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>start a change</source>
        <translation>変更の開始</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An earlier part of this change could not be saved.</source>
        <translation>この変更の前の部分を保存できませんでした。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>start reading</source>
        <translation>読み込みの開始</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>save the change</source>
        <translation>変更の保存</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+768"/>
        <source>Could not %1 in the project %2: %3.</source>
        <translation>プロジェクト %2 で%1ができませんでした: %3。</translation>
    </message>
    <message>
        <location line="-761"/>
        <source>No project is open.</source>
        <translation>プロジェクトが開かれていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project %1 is open read-only (%2), so this change cannot be saved.</source>
        <translation>プロジェクト %1 は読み取り専用で開かれている（%2）ため、この変更は保存できません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>prepare a database request</source>
        <translation>データベース要求の準備</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot create the project %1: a file with this name already exists. Choose another name or open the existing project.</source>
        <translation>プロジェクト %1 を作成できません: この名前のファイルがすでに存在します。別の名前を選ぶか、既存のプロジェクトを開いてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project %1 does not exist. Check the path.</source>
        <translation>プロジェクト %1 は存在しません。パスを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not an Ethoscribe project file.</source>
        <translation>%1 はフォルダーであり、Ethoscribe のプロジェクトファイルではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the project %1: the folder %2 does not exist.</source>
        <translation>プロジェクト %1 を作成できません: フォルダー %2 が存在しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opened read-only on request</source>
        <translation>指定により読み取り専用で開きました</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is already open in another Ethoscribe window or program (process %1 on %2); close it there to edit it here</source>
        <translation>別の Ethoscribe ウィンドウまたはプログラム（%2 上のプロセス %1）ですでに開かれています。ここで編集するには、そちらで閉じてください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you may not write in the folder %1</source>
        <translation>フォルダー %1 への書き込み権限がありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is write-protected</source>
        <translation>ファイルが書き込み禁止になっています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the project %1: %2.</source>
        <translation>プロジェクト %1 を作成できません: %2。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The project %1 holds edits that were not merged into it yet (the program that made them stopped before it could), and its folder %2 cannot be written, so they cannot be merged here. Open the project once where its folder can be written (or copy the folder, with its -wal file, to a place you can write), then open it here again.</source>
        <translation>プロジェクト %1 には、まだファイルに統合されていない編集が残っています（編集したプログラムが統合の前に終了しました）。フォルダー %2 には書き込めないため、ここでは統合できません。フォルダーに書き込める場所でプロジェクトを一度開いてから（または -wal ファイルごとフォルダーを書き込める場所にコピーしてから）、もう一度ここで開いてください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+9"/>
        <location line="+29"/>
        <source>Could not open the project %1: %2.</source>
        <translation>プロジェクト %1 を開けませんでした: %2。</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 is not an Ethoscribe project.</source>
        <translation>%1 は Ethoscribe プロジェクトではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project %1 was saved by a newer version of Ethoscribe (project format %2; this version reads formats up to %3). Install a newer Ethoscribe to open it. The file was not changed.</source>
        <translation>プロジェクト %1 は新しいバージョンの Ethoscribe で保存されています（プロジェクト形式 %2。このバージョンが読めるのは形式 %3 までです）。開くには新しい Ethoscribe をインストールしてください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The project %1 was saved by an older version of Ethoscribe and must be updated, which is impossible because %2.</source>
        <translation>プロジェクト %1 は古いバージョンの Ethoscribe で保存されているため更新が必要ですが、更新できません（理由: %2）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not prepare the project %1: %2.</source>
        <translation>プロジェクト %1 を準備できませんでした: %2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not open the project %1: %2</source>
        <translation>プロジェクト %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>add the video %1</source>
        <translation>動画 %1 の追加</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>update the video %1</source>
        <translation>動画 %1 の更新</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>remove a video</source>
        <translation>動画の削除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the list of videos</source>
        <translation>動画一覧の読み込み</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>read a video</source>
        <translation>動画の読み込み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project %1 has no video number %2.</source>
        <translation>プロジェクト %1 に動画番号 %2 はありません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>read the behaviors</source>
        <translation>行動の読み込み</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>change the behaviors</source>
        <translation>行動の変更</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>save the behavior %1</source>
        <translation>行動 %1 の保存</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>add a label track</source>
        <translation>ラベルトラックの追加</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>change a label track</source>
        <translation>ラベルトラックの変更</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>remove a label track</source>
        <translation>ラベルトラックの削除</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>read the label tracks</source>
        <translation>ラベルトラック一覧の読み込み</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>read a label track</source>
        <translation>ラベルトラックの読み込み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project %1 has no label track number %2.</source>
        <translation>プロジェクト %1 にラベルトラック番号 %2 はありません。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>read labels</source>
        <translation>ラベルの読み込み</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+14"/>
        <source>save labels</source>
        <translation>ラベルの保存</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+72"/>
        <location line="+10"/>
        <source>read predictions</source>
        <translation>予測の読み込み</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+13"/>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+11"/>
        <source>save predictions</source>
        <translation>予測の保存</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>These predictions have %1 behaviors, the stored ones of this track %2.</source>
        <translation>この予測の行動数は %1 ですが、このトラックに保存されている予測の行動数は %2 です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No predictions were given.</source>
        <translation>予測が指定されていません。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>register the model %1</source>
        <translation>モデル %1 の登録</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>remove a model</source>
        <translation>モデルの削除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the models</source>
        <translation>モデルの読み込み</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>save a cross-validation run</source>
        <translation>交差検証ランの保存</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>save the results of fold %1</source>
        <translation>フォールド %1 の結果の保存</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>read the cross-validation runs</source>
        <translation>交差検証ランの読み込み</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>read cross-validation results</source>
        <translation>交差検証結果の読み込み</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>save the setting %1</source>
        <translation>設定 %1 の保存</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>read the setting %1</source>
        <translation>設定 %1 の読み込み</translation>
    </message>
</context>
<context>
    <name>ProjectFusion</name>
    <message>
        <location filename="../core/project/ProjectFusion.cpp" line="+180"/>
        <source>Cannot create the folder %1. Choose a folder you can write to.</source>
        <translation>フォルダー %1 を作成できません。書き込みできるフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot read the predictions of %1: %2</source>
        <translation>%1 の予測を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <location filename="../core/project/ProjectSchema.cpp" line="+194"/>
        <source>Could not start updating the project file: %1</source>
        <translation>プロジェクトファイルの更新を開始できませんでした: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the stored data could not be converted</source>
        <translation>保存されているデータを変換できませんでした</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not update the project file to version %1 (%2): %3. The file was left unchanged.</source>
        <translation>プロジェクトファイルをバージョン %1 に更新できませんでした（%2）: %3。ファイルは変更されていません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save the updated project file: %1</source>
        <translation>更新したプロジェクトファイルを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ProjectStatistics</name>
    <message>
        <location filename="../core/stats/ProjectStatistics.cpp" line="+142"/>
        <source>The frame rate of %1 is unknown, so it cannot be cut into time bins.</source>
        <translation>%1 のフレームレートが不明なため、時間ビンに分割できません。</translation>
    </message>
</context>
<context>
    <name>ProxyVideo</name>
    <message>
        <location filename="../core/video/ProxyVideo.cpp" line="+131"/>
        <source>Cannot create the folder %1 for the scrubbing copy of %2.</source>
        <translation>%2 のスクラブ用コピーのフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Making the scrubbing copy of %1 was cancelled.</source>
        <translation>%1 のスクラブ用コピーの作成は取り消されました。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not save the scrubbing copy %1.</source>
        <translation>スクラブ用コピー %1 を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../ui/tasks/ProgressTask.h" line="+71"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling...</source>
        <translation>キャンセルしています...</translation>
    </message>
</context>
<context>
    <name>RecolorBehaviorCommand</name>
    <message>
        <location filename="../core/project/commands/RecolorBehaviorCommand.cpp" line="+13"/>
        <source>Change behavior colour</source>
        <translation>行動の色を変更</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This behavior or colour does not exist.</source>
        <translation>この行動または色は存在しません。</translation>
    </message>
</context>
<context>
    <name>RemoveBehaviorCommand</name>
    <message>
        <location filename="../core/project/commands/RemoveBehaviorCommand.cpp" line="+14"/>
        <source>Remove behavior</source>
        <translation>行動を削除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no behavior number %1 in this project.</source>
        <translation>このプロジェクトに行動番号 %1 はありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose another existing behavior (or unlabeled) for the frames of the behavior you remove.</source>
        <translation>削除する行動のフレームには、別の既存の行動（または「ラベルなし」）を選んでください。</translation>
    </message>
</context>
<context>
    <name>RenameBehaviorCommand</name>
    <message>
        <location filename="../core/project/commands/RenameBehaviorCommand.cpp" line="+10"/>
        <source>Rename behavior</source>
        <translation>行動の名前を変更</translation>
    </message>
</context>
<context>
    <name>RunFolder</name>
    <message>
        <location filename="../core/cv/RunFolder.cpp" line="+29"/>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is damaged (%2).</source>
        <translation>%1 は破損しています（%2）。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not write %1 (is the disk full?): %2</source>
        <translation>%1 を書き込めませんでした（ディスクがいっぱいではありませんか？）: %2</translation>
    </message>
</context>
<context>
    <name>RunMonitor</name>
    <message>
        <location filename="../core/cv/RunMonitor.cpp" line="+66"/>
        <source>The run ended before it began, without a word.</source>
        <translation>ランは何のメッセージも出さずに、開始前に終了しました。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The run stopped without finishing: its process ended without saying why (was it killed, or out of memory?). Resume it to continue from its last checkpoint.</source>
        <translation>ランは完了せずに停止しました: プロセスが理由を示さずに終了しました（強制終了されたか、メモリ不足になった可能性があります）。再開すると、最後のチェックポイントから続行します。</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Could not start %1: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <location filename="../app/cli/RunReport.cpp" line="+38"/>
        <source>The run folder %1 has no predictions folder; cross-validation writes one predictions/&lt;video&gt;.csv per held-out recording.</source>
        <translation>ランフォルダー %1 に predictions フォルダーがありません。交差検証では、除外した録画ごとに predictions/&lt;video&gt;.csv が 1 つ書き出されます。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rgb %1</source>
        <translation>rgb %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>best rgb weight</source>
        <translation>最適な RGB 重み</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rgb 1.0 is the RGB stream alone, rgb 0.0 the optical-flow stream alone; &apos;-&apos;: not evaluated.</source>
        <translation>rgb 1.0 は RGB ストリームのみ、rgb 0.0 はオプティカルフローストリームのみです。&apos;-&apos;: 未評価。</translation>
    </message>
</context>
<context>
    <name>RunResultsDialog</name>
    <message>
        <location filename="../ui/training/RunResultsDialog.cpp" line="+35"/>
        <source>The folder of this run is missing (moved or deleted): %1</source>
        <translation>このランのフォルダーが見つかりません（移動または削除されました）: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This run has no summary.json: it did not finish, or its folder was changed.</source>
        <translation>このランには summary.json がありません: ランが完了しなかったか、フォルダーが変更されています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The summary.json of this run is damaged (%1).</source>
        <translation>このランの summary.json は破損しています（%1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The summary.json of this run has no evaluation: the run did not finish its evaluation.</source>
        <translation>このランの summary.json には評価結果がありません: ランの評価が完了していません。</translation>
    </message>
</context>
<context>
    <name>RunsEvaluateCommand</name>
    <message>
        <location filename="../app/cli/RunsEvaluateCommand.cpp" line="-98"/>
        <source>Could not read %1: %2.</source>
        <translation>%1 を読み込めませんでした: %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is damaged (%2), so the evaluation was not added to it.</source>
        <translation>%1 は破損している（%2）ため、評価を追加しませんでした。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Evaluates a cross-validation run: reads RUN_DIR/predictions/*.csv (and RUN_DIR/losses.csv when present) and writes fusion_sweep.csv, per_behavior.csv, confusion_&lt;model&gt;_&lt;rgb_weight&gt;.csv and plots/ (PNG, PDF, SVG) into RUN_DIR, and the evaluation into RUN_DIR/summary.json. Accuracy counts labeled frames only.</source>
        <translation>交差検証ランを評価します: RUN_DIR/predictions/*.csv（および存在する場合は RUN_DIR/losses.csv）を読み込み、fusion_sweep.csv、per_behavior.csv、confusion_&lt;model&gt;_&lt;rgb_weight&gt;.csv、plots/（PNG、PDF、SVG）を RUN_DIR に、評価結果を RUN_DIR/summary.json に書き出します。正解率はラベル付けされたフレームのみで数えます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run folder.</source>
        <translation>ランフォルダー。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RUN_DIR</source>
        <translation>RUN_DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the evaluation as JSON.</source>
        <translation>評価結果を JSON で出力します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not draw the plots.</source>
        <translation>プロットを描画しません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The run folder %1 does not exist.</source>
        <translation>ランフォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a folder; give the folder of a cross-validation run.</source>
        <translation>%1 はフォルダーではありません。交差検証ランのフォルダーを指定してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>plots skipped: this ethoscribe-cli was built without the GUI (ETHOSCRIBE_BUILD_GUI=OFF).</source>
        <translation>プロットを省略しました: この ethoscribe-cli は GUI なしでビルドされています（ETHOSCRIBE_BUILD_GUI=OFF）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2 recordings, %3 folds, %4 labeled frames, %5 behaviors.</source>
        <translation>%1: 録画 %2 件、フォールド %3 個、ラベル付きフレーム %4、行動 %5 種類。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1 report files%2 and summary.json in %3.</source>
        <translation>%3 に、レポートファイル %1 個%2、summary.json を書き出しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and %1 plot files in plots/</source>
        <translation> と plots/ 内のプロットファイル %1 個</translation>
    </message>
</context>
<context>
    <name>SafeTensors</name>
    <message>
        <location filename="../models/weights/SafeTensors.cpp" line="+64"/>
        <source>&apos;%1&apos; is not a valid safetensors weights file: %2.</source>
        <translation>「%1」は有効な safetensors 重みファイルではありません: %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open &apos;%1&apos;: %2.</source>
        <translation>「%1」を開けません: %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is shorter than its header</source>
        <translation>ファイルがヘッダーより短くなっています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the header length is not plausible</source>
        <translation>ヘッダーの長さが不正です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file ends inside the header</source>
        <translation>ヘッダーの途中でファイルが終わっています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the header is not a JSON object</source>
        <translation>ヘッダーが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>tensor &apos;%1&apos; has the unsupported type &apos;%2&apos;</source>
        <translation>テンソル「%1」の型「%2」はサポートされていません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tensor &apos;%1&apos; has no shape</source>
        <translation>テンソル「%1」に形状がありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tensor &apos;%1&apos; has an invalid shape</source>
        <translation>テンソル「%1」の形状が不正です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tensor &apos;%1&apos; has no data offsets</source>
        <translation>テンソル「%1」にデータオフセットがありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the data of tensor &apos;%1&apos; lies outside the file</source>
        <translation>テンソル「%1」のデータがファイルの範囲外にあります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data of tensor &apos;%1&apos; does not match its shape</source>
        <translation>テンソル「%1」のデータが形状と一致しません</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot read tensor &apos;%1&apos; from &apos;%2&apos;: %3.</source>
        <translation>「%2」からテンソル「%1」を読み込めません: %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a valid safetensors weights file: tensor &apos;%2&apos; appears twice.</source>
        <translation>「%1」は有効な safetensors 重みファイルではありません: テンソル「%2」が 2 回出現します。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot write tensor &apos;%1&apos;: its element type is not supported by safetensors.</source>
        <translation>テンソル「%1」を書き込めません: その要素型は safetensors でサポートされていません。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <translation>「%1」を書き込めません: %2。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write &apos;%1&apos;: the disk is full (%2 MB free, the file needs %3 MB). Free some space, then try again.</source>
        <translation>「%1」に書き込めません: ディスクがいっぱいです（空き %2 MB、ファイルには %3 MB 必要）。空き容量を作ってから、もう一度試してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write &apos;%1&apos;: %2. Check that the disk is not full and that the folder is writable.</source>
        <translation>「%1」を書き込めません: %2。ディスクがいっぱいでないこと、フォルダーに書き込めることを確認してください。</translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <location filename="../core/net/Sha256.cpp" line="+15"/>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a SHA-256 starting with %1</source>
        <translation>%1 で始まる SHA-256</translation>
    </message>
</context>
<context>
    <name>Slurm</name>
    <message>
        <location filename="../core/cluster/Slurm.cpp" line="+183"/>
        <source>waiting for the optical flow tasks to finish</source>
        <translation>オプティカルフローのタスクの完了を待っています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>will never start: an optical flow task it needs failed</source>
        <translation>開始されません: 必要なオプティカルフローのタスクが失敗しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for a free node</source>
        <translation>空きノードを待っています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting: the partition is not available (%1)</source>
        <translation>待機中: パーティションが利用できません（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held (release it with scontrol release)</source>
        <translation>保留中（scontrol release で解除できます）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting (%1)</source>
        <translation>待機中（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended normally</source>
        <translation>正常に終了しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped by the scheduler at its time limit: resubmit it with more time (--time)</source>
        <translation>制限時間に達したためスケジューラーにより停止されました: 時間を増やして（--time）再投入してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped by the scheduler: it ran out of memory; resubmit it with more memory (--mem)</source>
        <translation>スケジューラーにより停止されました: メモリが不足しました。メモリを増やして（--mem）再投入してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled by the scheduler because an optical flow task it needs failed</source>
        <translation>必要なオプティカルフローのタスクが失敗したため、スケジューラーによりキャンセルされました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled (with scancel, or by an administrator)</source>
        <translation>キャンセルされました（scancel によるか、管理者による）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its node failed</source>
        <translation>ノードに障害が発生しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its node could not be started</source>
        <translation>ノードを起動できませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preempted by a job of higher priority</source>
        <translation>優先度の高いジョブによって中断（プリエンプト）されました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped at its deadline</source>
        <translation>期限に達したため停止されました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed</source>
        <translation>失敗しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed (exit code %1)</source>
        <translation>失敗しました（終了コード %1）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was not found on the PATH</source>
        <translation>%1 が PATH 上に見つかりませんでした</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 が %2 s 以内に応答しませんでした</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The cluster refused the job: %1</source>
        <translation>クラスターがジョブを拒否しました: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;sinfo&apos; lists the partitions of this cluster.</source>
        <translation>このクラスターのパーティションは &apos;sinfo&apos; で一覧表示できます。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The scheduler could not be asked (%1).</source>
        <translation>スケジューラーに問い合わせできませんでした（%1）。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>scancel failed: %1</source>
        <translation>scancel が失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>SplitBoutCommand</name>
    <message>
        <location filename="../core/project/commands/SplitBoutCommand.cpp" line="+16"/>
        <source>Split bout</source>
        <translation>バウトを分割</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Frame %1 is not inside a labeled bout, so there is nothing to split there.</source>
        <translation>フレーム %1 はラベル付けされたバウトの中にないため、そこで分割できるものがありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Both parts of a split bout need different behaviors.</source>
        <translation>分割したバウトの 2 つの部分には、異なる行動が必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no behavior number %1 in this project.</source>
        <translation>このプロジェクトに行動番号 %1 はありません。</translation>
    </message>
</context>
<context>
    <name>StatisticsPlots</name>
    <message>
        <location filename="../ui/plots/StatisticsPlots.cpp" line="+72"/>
        <source>Ethogram</source>
        <translation>エソグラム</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Time (s)</source>
        <translation>時間 (s)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time budget (% of labeled time)</source>
        <translation>時間配分（ラベル付き時間に対する %）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>% of labeled time</source>
        <translation>ラベル付き時間に対する %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: behavior over time</source>
        <translation>%1: 行動の時間変化</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start of the time bin (s)</source>
        <translation>時間ビンの開始 (s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds in the bin</source>
        <translation>ビン内の秒数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transition probabilities (row: from, column: to)</source>
        <translation>遷移確率（行: 遷移元、列: 遷移先）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>To</source>
        <translation>遷移先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>遷移元</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not create the folder %1 (is it read-only?).</source>
        <translation>フォルダー %1 を作成できませんでした（読み取り専用ではありませんか？）。</translation>
    </message>
</context>
<context>
    <name>SynthCommand</name>
    <message>
        <location filename="../app/cli/SynthCommand.cpp" line="-161"/>
        <source>Writes synthetic side-view home-cage videos of a mouse with known per-frame behavior labels: DIR/video01.mp4 ... and DIR/video01.csv ... (columns frame,time_s,behavior; frames are 0-based).</source>
        <translation>行動ラベルがフレームごとにわかっている、ホームケージ内のマウスを横から撮影した合成動画を書き出します: DIR/video01.mp4 ... と DIR/video01.csv ...（列は frame,time_s,behavior。フレームは 0 から数えます）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder to write the videos and labels to (created if needed).</source>
        <translation>動画とラベルを書き出すフォルダー（必要なら作成されます）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of videos (default 12).</source>
        <translation>動画の本数（既定 12）。</translation>
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
        <translation>各動画の長さ（秒、既定 60）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Random seed; the same seed gives the same files (default 1).</source>
        <translation>乱数シード。同じシードからは同じファイルが生成されます（既定 1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>0 (easy) to 1 (hard pairs such as drink/eat look alike; default 0.5).</source>
        <translation>0（易しい）～ 1（drink/eat のように紛らわしいペアがよく似て見える）。既定 0.5。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frame width (default 320).</source>
        <translation>フレームの幅（既定 320）。</translation>
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
        <translation>フレームの高さ（既定 240）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frames per second (default 30).</source>
        <translation>1 秒あたりのフレーム数（既定 30）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Video codec: h264 (default, .mp4), mpeg4, mjpeg, mpeg1video, ffv1.</source>
        <translation>動画コーデック: h264（既定、.mp4）、mpeg4、mjpeg、mpeg1video、ffv1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Videos encoded in parallel (default 0 = one per CPU core); does not change the output.</source>
        <translation>並列にエンコードする動画の数（既定 0 = CPU コアごとに 1 本）。出力は変わりません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>予期しない引数「%1」です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the output folder with --out DIR.</source>
        <translation>出力フォルダーを --out DIR で指定してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 needs a whole number, not &apos;%2&apos;.</source>
        <translation>--%1 には整数を指定してください（「%2」は不可）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 needs a number such as 0.5, not &apos;%2&apos;.</source>
        <translation>--%1 には 0.5 のような数値を指定してください（「%2」は不可）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--seed needs a whole number from 0 up, not &apos;%1&apos;.</source>
        <translation>--seed には 0 以上の整数を指定してください（「%1」は不可）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>synth: writing %1 videos of %2 s (%3 frames) to %4</source>
        <translation>synth: %2 s（%3 フレーム）の動画 %1 本を %4 に書き出しています</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>synth: %1/%2 frames (%3%)</source>
        <translation>synth: %1/%2 フレーム（%3%）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrote %1 videos (%2 s each, %3 frames in all) and their per-frame labels to %4 in %5 s (%6 frames/s).</source>
        <translation>動画 %1 本（各 %2 s、合計 %3 フレーム）とフレームごとのラベルを %5 s で %4 に書き出しました（%6 フレーム/s）。</translation>
    </message>
</context>
<context>
    <name>SyntheticCage</name>
    <message>
        <location filename="../core/synth/SyntheticCageOptions.cpp" line="+19"/>
        <source>The frame size %1x%2 is not usable: width and height must be even, at least 64x48 and at most 4096x4096.</source>
        <translation>フレームサイズ %1x%2 は使用できません: 幅と高さは偶数で、64x48 以上 4096x4096 以下にしてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The frame rate %1 is not usable: use 1 to 240 frames per second.</source>
        <translation>フレームレート %1 は使用できません: 1 ～ 240 フレーム/秒にしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The length %1 s is not usable: use more than one frame and at most 24 hours.</source>
        <translation>長さ %1 s は使用できません: 1 フレームより長く、24 時間以下にしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The difficulty %1 is not usable: use a number from 0 (easy) to 1 (hard).</source>
        <translation>難易度 %1 は使用できません: 0（易しい）から 1（難しい）までの数値にしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video index must not be negative.</source>
        <translation>動画のインデックスは負の値にできません。</translation>
    </message>
</context>
<context>
    <name>SyntheticDataset</name>
    <message>
        <location filename="../core/synth/SyntheticDataset.cpp" line="+48"/>
        <source>The number of videos %1 is not usable: use 1 to 9999.</source>
        <translation>動画の本数 %1 は使用できません: 1 ～ 9999 にしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No video codec was given: use h264, mpeg4, mjpeg, mpeg1video or ffv1.</source>
        <translation>動画コーデックが指定されていません: h264、mpeg4、mjpeg、mpeg1video、ffv1 のいずれかを使用してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number of threads must not be negative (0 = one per CPU core).</source>
        <translation>スレッド数は負の値にできません（0 = CPU コアごとに 1 つ）。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No output folder was given for the synthetic videos.</source>
        <translation>合成動画の出力フォルダーが指定されていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not create the folder %1 for the synthetic videos. Check that its parent folder exists and that you may write there, or choose another folder.</source>
        <translation>合成動画用のフォルダー %1 を作成できませんでした。親フォルダーが存在し、そこに書き込む権限があるか確認するか、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder %1 is not writable. Choose another folder for the synthetic videos or change its permissions.</source>
        <translation>フォルダー %1 に書き込めません。合成動画用に別のフォルダーを選ぶか、フォルダーのアクセス権を変更してください。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Could not write the labels file %1: %2. Check the free disk space and the permissions of the folder.</source>
        <translation>ラベルファイル %1 を書き込めませんでした: %2。ディスクの空き容量とフォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Generating the synthetic videos was cancelled; the videos finished so far are in %1.</source>
        <translation>合成動画の生成はキャンセルされました。それまでに完成した動画は %1 にあります。</translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message>
        <location filename="../core/common/TimeLeft.cpp" line="+61"/>
        <source>less than a minute left</source>
        <translation>残り 1 分未満</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>残り約 %n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n hour(s) %1 minutes left</source>
        <translation>
            <numerusform>残り約 %n 時間 %1 分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <location filename="../models/training/Trainer.cpp" line="+212"/>
        <source>The starting weights are a %1 model for %2 input channels; this training needs %3 with %4 (%5 stream).</source>
        <translation>初期重みは入力チャンネル %2 の %1 モデルですが、この学習には入力チャンネル %4 の %3 が必要です（%5 ストリーム）。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The starting weights lack &apos;%1&apos; or give it another shape; they do not fit this network.</source>
        <translation>初期重みに「%1」がないか、形状が異なります。このネットワークには適合しません。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no labeled frame to train on.</source>
        <translation>学習に使えるラベル付きフレームがありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training only the classifier needs the backbone&apos;s features.</source>
        <translation>分類器のみを学習するには、バックボーンの特徴量が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not create the folder %1.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 holds a model trained with other settings or data. Use another folder, or delete it to train again.</source>
        <translation>%1 には別の設定またはデータで学習したモデルが入っています。別のフォルダーを使うか、このフォルダーを削除してから学習し直してください。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is the checkpoint of a training with other settings or data. Use another folder, or delete it to start again.</source>
        <translation>%1 は別の設定またはデータによる学習のチェックポイントです。別のフォルダーを使うか、削除してから最初からやり直してください。</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Training was cancelled at step %1 of %2; run the same command again to resume.</source>
        <translation>学習はステップ %1/%2 でキャンセルされました。再開するには同じコマンドをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Training diverged at step %1 (the loss is not a number). Try a smaller learning rate.</source>
        <translation>学習がステップ %1 で発散しました（損失が数値ではありません）。学習率を小さくしてみてください。</translation>
    </message>
</context>
<context>
    <name>TrainingCommands</name>
    <message>
        <location filename="../app/cli/TrainingCommands.cpp" line="-591"/>
        <source>Network size: small (default; a quarter of the channels, 56 px crops, trains from scratch on a CPU in minutes) or full (the paper&apos;s networks; pretrained weights fit them).</source>
        <translation>ネットワークのサイズ: small（既定。チャンネル数は 4 分の 1、56 px のクロップで、CPU でも数分でゼロから学習できます）または full（論文のネットワーク。事前学習済みの重みが適合します）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>small|full</source>
        <translation>small|full</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is trained: all (default), top (the last block and the classifier) or head (only the classifier, on features of the frozen backbone that are computed once per video and cached).</source>
        <translation>学習する部分: all（既定）、top（最後のブロックと分類器）、head（分類器のみ。固定したバックボーンの特徴量を使い、特徴量は動画ごとに 1 回計算してキャッシュします）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all|top|head</source>
        <translation>all|top|head</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting weights: an Ethoscribe model file (see &apos;model import&apos; and &apos;model fetch&apos;). For several networks or streams give MODEL/STREAM=FILE, e.g. i3d/flow=i3d_flow.safetensors; may be repeated. Default: random weights.</source>
        <translation>初期重み: Ethoscribe のモデルファイル（&apos;model import&apos; と &apos;model fetch&apos; を参照）。複数のネットワークまたはストリームには MODEL/STREAM=FILE の形で指定します（例: i3d/flow=i3d_flow.safetensors）。複数回指定できます。既定: ランダムな重み。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>file</source>
        <translation>ファイル</translation>
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
        <translation>1 ステップあたりのクリップ数（既定 8）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network width multiplier (default: 0.25 small, 1 full); smaller is faster and less accurate.</source>
        <translation>ネットワークの幅の倍率（既定: small は 0.25、full は 1）。小さいほど高速ですが、精度は下がります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crop size in pixels (default: 56 small; 224 I3D and 112 R(2+1)D full); frames are resized to 8/7 of it first.</source>
        <translation>クロップサイズ（ピクセル、既定: small は 56、full は I3D が 224、R(2+1)D が 112）。フレームはまずその 8/7 の大きさにリサイズされます。</translation>
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
        <translation>学習率</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>SGD steps per network (default: 600 small, 2000 full or with --tune head).</source>
        <translation>ネットワークごとの SGD ステップ数（既定: small は 600、full または --tune head では 2000）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Initial learning rate (default: 0.02 small, 0.001 full as in the paper, 0.5 with --tune head); it decays exponentially to --lr-end.</source>
        <translation>初期学習率（既定: small は 0.02、full は論文どおり 0.001、--tune head では 0.5）。--lr-end まで指数関数的に減衰します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Final learning rate (default: 0.001 small, 0.00005 full, 0.02 with --tune head).</source>
        <translation>最終学習率（既定: small は 0.001、full は 0.00005、--tune head では 0.02）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How held-out frames are predicted (and, with --tune head, features computed): paper (default: one 16-frame window per frame) or dense (one pass per segment, outputs every 8 frames blended in between: several times faster).</source>
        <translation>除外したフレームの予測方法（および --tune head の場合は特徴量の計算方法）: paper（既定。フレームごとに 16 フレームのウィンドウを 1 つ）または dense（セグメントごとに 1 回の処理で 8 フレームごとに出力し、その間を補間。数倍高速です）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paper|dense</source>
        <translation>paper|dense</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw every behavior equally often (rare behaviors such as drinking are otherwise seen far less).</source>
        <translation>すべての行動を同じ頻度で抽出します（そうしないと、飲水のようなまれな行動はずっと少なくしか現れません）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight the loss by inverse behavior frequency.</source>
        <translation>損失を行動の出現頻度の逆数で重み付けします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 1): the same seed gives the same models.</source>
        <translation>乱数シード（既定 1）。同じシードからは同じモデルが得られます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps between checkpoints (default 200).</source>
        <translation>チェックポイントの間隔（ステップ数、既定 200）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learn from this annotator&apos;s labels (default: the most complete manual track of each video).</source>
        <translation>このアノテーターのラベルから学習します（既定: 各動画で最も完全な手動トラック）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <location line="+368"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>CPU threads for the networks (default: all cores).</source>
        <translation>ネットワークに使う CPU スレッド数（既定: すべてのコア）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto (default: CUDA when available), cpu, cuda or cuda:N.</source>
        <translation>auto（既定: 利用可能なら CUDA）、cpu、cuda、または cuda:N。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print progress as readable lines instead of JSON lines.</source>
        <translation>進捗を JSON 行ではなく、読みやすい行で出力します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue the run in the (non-empty) output folder: finished models are kept, a model in training continues from its last checkpoint.</source>
        <translation>（空でない）出力フォルダーにあるランを続行します: 完了したモデルはそのまま残り、学習途中のモデルは最後のチェックポイントから続行します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run folder (must be empty or new).</source>
        <translation>ランフォルダー（空か新規である必要があります）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not record the finished run in the project.</source>
        <translation>完了したランをプロジェクトに記録しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learn from this labels snapshot instead of the project&apos;s current labels.</source>
        <translation>プロジェクトの現在のラベルではなく、このラベルスナップショットから学習します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gather models trained elsewhere instead of training.</source>
        <translation>学習せずに、他の場所で学習したモデルを集めます。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>fold %1 </source>
        <translation>フォールド %1 </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>step %1/%2, loss %3, learning rate %4</source>
        <translation>ステップ %1/%2、損失 %3、学習率 %4</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1% of the run, %2</source>
        <translation>実行の %1%、%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1% of the run</source>
        <translation>実行の %1%</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>held-out accuracy %1% over %2 frames</source>
        <translation>除外データでの正解率 %1%（%2 フレーム）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: frame %3 of %4</source>
        <translation>%1 %2: フレーム %3/%4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fold %1 of %2: all recordings (the models for new videos)</source>
        <translation>フォールド %1/%2: すべての録画 (新しい動画用のモデル)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fold %1 of %2: holding out %3</source>
        <translation>フォールド %1/%2: %3 を除外</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--config must be small or full.</source>
        <translation>--config は small または full にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--tune must be all, top or head.</source>
        <translation>--tune は all、top、head のいずれかにしてください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--iterations must be a whole number of at least 1.</source>
        <translation>--iterations には 1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--batch must be a whole number of at least 1.</source>
        <translation>--batch には 1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--crop must be a whole number of at least 8.</source>
        <translation>--crop には 8 以上の整数を指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--width must be a number above 0 (at most 4).</source>
        <translation>--width には 0 より大きい数値（4 以下）を指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--checkpoint-every must be a whole number of at least 1.</source>
        <translation>--checkpoint-every には 1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Learning rates must be positive numbers.</source>
        <translation>学習率には正の数値を指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--seed must be a whole number.</source>
        <translation>--seed には整数を指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--windows must be paper or dense.</source>
        <translation>--windows は paper または dense にしてください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--threads must be a whole number of at least 1.</source>
        <translation>--threads には 1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With several networks or streams, give --init as MODEL/STREAM=FILE.</source>
        <translation>複数のネットワークまたはストリームを使う場合は、--init を MODEL/STREAM=FILE の形で指定してください。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>What was finished is kept in %1: run the same command with --resume to continue from there.</source>
        <translation>完了した分は %1 に残っています。同じコマンドを --resume 付きで実行すると、そこから続行します。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The project is open in another program (%1); it records this run from its folder.</source>
        <translation>プロジェクトは別のプログラム（%1）で開かれています。このランは、そのプログラムがランフォルダーから記録します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The run finished, but the project could not record it: %1</source>
        <translation>ランは完了しましたが、プロジェクトに記録できませんでした: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Done in %1 s. Results in %2 (summary.json, fusion_sweep.csv, plots/).</source>
        <translation>%1 s で完了しました。結果は %2 にあります（summary.json、fusion_sweep.csv、plots/）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Trains one network on one stream on the labeled videos of a project (all of them, or all but one held-out recording, whose every frame is then predicted and evaluated). Writes into a run folder: the model, its checkpoints, predictions and evaluation. Progress as JSON lines on standard output (--human for readable lines); Ctrl+C stops after saving a checkpoint, and --resume continues.</source>
        <translation>プロジェクトのラベル付き動画（すべて、または 1 つの録画を除外したもの。除外した録画はすべてのフレームを予測して評価します）を使い、1 つのネットワークを 1 つのストリームで学習します。ランフォルダーにモデル、チェックポイント、予測、評価を書き出します。進捗は標準出力に JSON 行で出力されます（--human で読みやすい行）。Ctrl+C でチェックポイントを保存してから停止し、--resume で続行します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+63"/>
        <source>The project (.ethoproj).</source>
        <translation>プロジェクト（.ethoproj）。</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>i3d or r2plus1d.</source>
        <translation>i3d または r2plus1d。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rgb (default) or flow (computes missing optical flow first).</source>
        <translation>rgb（既定）または flow（不足しているオプティカルフローを先に計算します）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rgb|flow</source>
        <translation>rgb|flow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A video (name, file or id) whose recording is left out of training and predicted.</source>
        <translation>録画を学習から除外して予測する動画（名前、ファイル、または ID）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>video</source>
        <translation>動画</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--model must be i3d or r2plus1d.</source>
        <translation>--model は i3d または r2plus1d にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--stream must be rgb or flow.</source>
        <translation>--stream は rgb または flow にしてください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The project has no video %1.</source>
        <translation>プロジェクトに動画 %1 はありません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Leave-one-recording-out cross-validation, as in Nguyen et al. 2019: for each recording, every chosen network and stream is trained on the others and predicts each of its frames. Writes into --out: summary.json, fusion_sweep.csv, per_behavior.csv, confusion_&lt;model&gt;_&lt;rgb weight&gt;.csv, predictions/, losses.csv and plots/ (PNG, PDF, SVG); the project only records the run. Progress as JSON lines (--human for readable lines); Ctrl+C stops after saving a checkpoint, and --resume continues.</source>
        <translation>Nguyen et al. 2019 と同じ 1録画除外（leave-one-recording-out）交差検証: 録画ごとに、選択した各ネットワークとストリームを他の録画で学習し、その録画の全フレームを予測します。--out に summary.json、fusion_sweep.csv、per_behavior.csv、confusion_&lt;model&gt;_&lt;rgb weight&gt;.csv、predictions/、losses.csv、plots/（PNG、PDF、SVG）を書き出します。プロジェクトにはランの記録のみが残ります。進捗は JSON 行で出力されます（--human で読みやすい行）。Ctrl+C でチェックポイントを保存してから停止し、--resume で続行します。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Networks, comma-separated (default i3d,r2plus1d).</source>
        <translation>ネットワーク（カンマ区切り、既定 i3d,r2plus1d）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Streams, comma-separated (default rgb,flow).</source>
        <translation>ストリーム（カンマ区切り、既定 rgb,flow）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only these folds (0-based, comma-separated), e.g. for one task of a cluster job.</source>
        <translation>これらのフォールドのみ（0 から数え、カンマ区切り）。例えばクラスタージョブの 1 タスク用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the folds, train each network and stream once more on all labeled recordings (the last folds/foldNN): the models to analyse new videos with. The evaluation is the folds&apos; alone.</source>
        <translation>フォールドの後、各ネットワークと各ストリームをラベル付きのすべての録画でもう一度学習します (最後の folds/foldNN): 新しい動画を解析するためのモデルです。評価はフォールドのみのものです。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 only applies with --slurm.</source>
        <translation>--%1 は --slurm と一緒の場合のみ有効です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cluster run is continued with &apos;ethoscribe-cli runs resubmit RUN --failed&apos;, not --resume.</source>
        <translation>クラスターでのランは、--resume ではなく &apos;ethoscribe-cli runs resubmit RUN --failed&apos; で続行します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say where the run goes with --out DIR.</source>
        <translation>ランの出力先を --out DIR で指定してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--models must list i3d and/or r2plus1d.</source>
        <translation>--models には i3d と r2plus1d のいずれか、または両方を指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--streams must list rgb and/or flow.</source>
        <translation>--streams には rgb と flow のいずれか、または両方を指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--folds must list fold numbers (0, 1, ...).</source>
        <translation>--folds にはフォールド番号（0, 1, ...）を指定してください。</translation>
    </message>
</context>
<context>
    <name>TrainingOptions</name>
    <message>
        <location filename="../models/training/TrainingOptions.cpp" line="+108"/>
        <source>The network&apos;s input channels do not match the stream.</source>
        <translation>ネットワークの入力チャンネルがストリームと一致しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The crop (%1 px) must be at least 8 px and fit in the resized frame (%2 px).</source>
        <translation>クロップ（%1 px）は 8 px 以上で、リサイズ後のフレーム（%2 px）に収まる必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training needs at least one iteration.</source>
        <translation>学習には 1 回以上の反復が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The batch size must be at least 1.</source>
        <translation>バッチサイズは 1 以上にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rates must be positive.</source>
        <translation>学習率は正の値にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The momentum must be in [0, 1).</source>
        <translation>モーメンタムは [0, 1) の範囲にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weight decay cannot be negative.</source>
        <translation>重み減衰は負の値にできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of batch-norm batches cannot be negative.</source>
        <translation>バッチ正規化用のバッチ数は負の値にできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checkpoints must be at least one iteration apart.</source>
        <translation>チェックポイントの間隔は 1 反復以上にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one loader thread and one prefetched batch are needed.</source>
        <translation>ローダースレッドが 1 つ以上、先読みバッチが 1 つ以上必要です。</translation>
    </message>
</context>
<context>
    <name>TrainingSnapshot</name>
    <message>
        <location filename="../core/cv/TrainingSnapshot.cpp" line="+34"/>
        <source>The project %1 does not exist.</source>
        <translation>プロジェクト %1 は存在しません。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The project %1 has no behaviors: add the behaviors to recognise first.</source>
        <translation>プロジェクト %1 に行動がありません: まず認識させる行動を追加してください。</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Could not write %1 (is the disk full or the folder read-only?): %2</source>
        <translation>%1 を書き込めませんでした（ディスクがいっぱいか、フォルダーが読み取り専用ではありませんか？）: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The labels snapshot %1 is damaged (%2).</source>
        <translation>ラベルスナップショット %1 は破損しています（%2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read the labels snapshot %1: %2</source>
        <translation>ラベルスナップショット %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a labels snapshot</source>
        <translation>ラベルスナップショットではありません</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a video without a name or with an impossible frame count</source>
        <translation>名前のない動画、またはフレーム数がありえない動画があります</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>labels of %1 that do not fit its frames</source>
        <translation>%1 のラベルがそのフレームと合いません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its labels do not match its data hash</source>
        <translation>ラベルがデータハッシュと一致しません</translation>
    </message>
</context>
<context>
    <name>VideoCommands</name>
    <message>
        <location filename="../app/cli/VideoCommands.cpp" line="-89"/>
        <source>Shows a video&apos;s properties: exact frame count, frame rate, duration, size, codec, pixel format and container.</source>
        <translation>動画のプロパティを表示します: 正確なフレーム数、フレームレート、長さ、サイズ、コーデック、ピクセル形式、コンテナ。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>The video file.</source>
        <translation>動画ファイル。</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Print the properties as JSON.</source>
        <translation>プロパティを JSON で出力します。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File:          %1</source>
        <translation>ファイル:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container:     %1 (%2)</source>
        <translation>コンテナ:        %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codec:         %1 (%2)</source>
        <translation>コーデック:      %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pixel format:  %1</source>
        <translation>ピクセル形式:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:          %1x%2</source>
        <translation>サイズ:          %1x%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames:        %1 (numbered 0 to %2)</source>
        <translation>フレーム数:      %1（番号 0 ～ %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame rate:    %1/%2 = %3 fps</source>
        <translation>フレームレート:  %1/%2 = %3 fps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration:      %1 s</source>
        <translation>長さ:            %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyframes:     %1</source>
        <translation>キーフレーム:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bit rate:      %1 kbit/s</source>
        <translation>ビットレート:    %1 kbit/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File size:     %1 bytes</source>
        <translation>ファイルサイズ:  %1 バイト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamps:    %1</source>
        <translation>タイムスタンプ:  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the container</source>
        <translation>コンテナから取得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none in the file; frame order found by decoding</source>
        <translation>ファイル内になし。フレーム順はデコードして特定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning:       the container lists %1 more frames whose data is missing (the file is truncated).</source>
        <translation>警告:            コンテナには、データが欠けているフレームがさらに %1 個記載されています（ファイルが途中で切れています）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saves exactly frame N (0-based) of a video as an image (PNG, JPEG, ... from the file name).</source>
        <translation>動画のフレーム N（0 から数える）を正確に画像として保存します（PNG、JPEG など。形式はファイル名から判断します）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frame index, 0 = first frame.</source>
        <translation>フレーム番号。0 = 最初のフレーム。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image file to write.</source>
        <translation>書き出す画像ファイル。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--out FILE is required.</source>
        <translation>--out FILE は必須です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the frame index &quot;%1&quot; is not a whole number.</source>
        <translation>フレーム番号「%1」は整数ではありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write the image &quot;%1&quot;: %2.</source>
        <translation>画像「%1」を書き込めませんでした: %2。</translation>
    </message>
</context>
<context>
    <name>VideoProbe</name>
    <message>
        <location filename="../core/project/VideoProbe.cpp" line="+21"/>
        <source>The video %1 does not exist.</source>
        <translation>動画 %1 は存在しません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The video %1 has no frames that can be read.</source>
        <translation>動画 %1 には読み込めるフレームがありません。</translation>
    </message>
</context>
<context>
    <name>VideoReader</name>
    <message>
        <location filename="../core/video/VideoReader.cpp" line="+208"/>
        <source>Reading &quot;%1&quot; was stopped because it made no progress for %2 seconds. The file may be damaged, or on a disk or network share that stopped responding.</source>
        <translation>「%1」の読み込みは、%2 秒間進まなかったため停止しました。ファイルが破損しているか、応答しなくなったディスクまたはネットワーク共有上にある可能性があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+286"/>
        <location line="+80"/>
        <source>Reading &quot;%1&quot; was cancelled.</source>
        <translation>「%1」の読み込みはキャンセルされました。</translation>
    </message>
    <message>
        <location line="-330"/>
        <location line="+140"/>
        <source>Not enough memory to open &quot;%1&quot;.</source>
        <translation>メモリが不足しているため「%1」を開けません。</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>&quot;%1&quot; looks like a video file (%2) but cannot be read: %3. It is probably incomplete (a recording or copy that did not finish) or damaged. If you have the original, copy it again.</source>
        <translation>「%1」は動画ファイル（%2）のようですが、読み込めません: %3。おそらく不完全（録画やコピーが完了していない）か、破損しています。元のファイルがある場合は、もう一度コピーしてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a video file that Ethoscribe can read: its format was not recognised. Check that the file really is a video (it may be damaged, or a different kind of file with a video&apos;s name).</source>
        <translation>「%1」は Ethoscribe が読み込める動画ファイルではありません。形式を認識できませんでした。ファイルが本当に動画かどうか確認してください（破損しているか、動画の名前が付いた別の種類のファイルである可能性があります）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the video &quot;%1&quot; (FFmpeg says: %2). The file is probably damaged or not a video.</source>
        <translation>動画「%1」を開けませんでした（FFmpeg のメッセージ: %2）。ファイルが破損しているか、動画ではない可能性があります。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; contains no video. It may be an audio file, a still picture or a different kind of file.</source>
        <translation>「%1」には動画が含まれていません。音声ファイル、静止画、または別の種類のファイルである可能性があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a video file that Ethoscribe can read: it looks like a text file.</source>
        <translation>「%1」は Ethoscribe が読み込める動画ファイルではありません。テキストファイルのようです。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; changed while it was being read. Open it again.</source>
        <translation>「%1」は読み込み中に変更されました。もう一度開いてください。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; uses the video codec &quot;%2&quot;, which Ethoscribe cannot decode. Convert the video to MP4 (H.264), for example with: ffmpeg -i &quot;%1&quot; -c:v libx264 -crf 18 converted.mp4</source>
        <translation>「%1」は動画コーデック「%2」を使用しており、Ethoscribe ではデコードできません。動画を MP4 (H.264) に変換してください。例: ffmpeg -i &quot;%1&quot; -c:v libx264 -crf 18 converted.mp4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; gives its frame size as %2x%3 pixels, which is not a valid video size. The file is probably damaged.</source>
        <translation>「%1」のフレームサイズは %2x%3 ピクセルとなっていますが、これは有効な動画サイズではありません。ファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has frames of %2x%3 pixels; Ethoscribe reads videos of at most %4 pixels on each side. The file may be damaged, or needs to be scaled down first.</source>
        <translation>「%1」のフレームは %2x%3 ピクセルですが、Ethoscribe が読み込める動画は各辺 %4 ピクセルまでです。ファイルが破損しているか、先に縮小する必要があります。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read the video settings of &quot;%1&quot;: %2.</source>
        <translation>「%1」の動画設定を読み込めませんでした: %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The decoder for the codec &quot;%2&quot; could not read &quot;%1&quot;: %3. The file may be damaged.</source>
        <translation>コーデック「%2」のデコーダーで「%1」を読み込めませんでした: %3。ファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>&quot;%1&quot; could not be read again from the start: it may have changed on disk. Open it again.</source>
        <translation>「%1」を先頭から読み直せませんでした。ディスク上で変更された可能性があります。もう一度開いてください。</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>The video file &quot;%1&quot; does not exist. Check the path; the file may have been moved, renamed or deleted.</source>
        <translation>動画ファイル「%1」が存在しません。パスを確認してください。ファイルが移動、名前変更、または削除された可能性があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a folder, not a video file.</source>
        <translation>「%1」はフォルダーであり、動画ファイルではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a regular file (it is a device, pipe or socket), so it cannot be read as a video.</source>
        <translation>「%1」は通常のファイルではない（デバイス、パイプ、またはソケットである）ため、動画として読み込めません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video file &quot;%1&quot; cannot be read: permission denied. Ask the owner of the file for read access.</source>
        <translation>動画ファイル「%1」を読み込めません: アクセスが拒否されました。ファイルの所有者に読み取り権限を依頼してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video file &quot;%1&quot; is empty (0 bytes). It is probably an incomplete copy or download; copy it again from the original.</source>
        <translation>動画ファイル「%1」は空です（0 バイト）。コピーまたはダウンロードが不完全な可能性があります。元のファイルからもう一度コピーしてください。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;%1&quot; contains no video frames that can be read. The file is probably incomplete or damaged.</source>
        <translation>「%1」には読み込み可能な動画フレームがありません。ファイルが不完全か破損している可能性があります。</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+77"/>
        <location line="+18"/>
        <source>No video is open.</source>
        <translation>動画が開かれていません。</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+95"/>
        <source>Frame %1 does not exist in &quot;%2&quot;: the video has %3 frames, numbered 0 to %4.</source>
        <translation>フレーム %1 は「%2」に存在しません。この動画には 0 から %4 までの番号が付いた %3 個のフレームがあります。</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Frame %1 of &quot;%2&quot; could not be decoded: the file is damaged at this point.</source>
        <translation>「%2」のフレーム %1 をデコードできませんでした。ファイルのこの箇所が破損しています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; could not be read consistently (it gives different data on each reading). It may have changed on disk or be damaged.</source>
        <translation>「%1」を一貫して読み込めませんでした（読み込むたびに異なるデータが返されます）。ディスク上で変更されたか、破損している可能性があります。</translation>
    </message>
</context>
<context>
    <name>VideoWriter</name>
    <message>
        <location filename="../core/video/VideoWriter.cpp" line="+128"/>
        <source>Could not write the video file &quot;%1&quot;: %2</source>
        <translation>動画ファイル「%1」を書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the encoder refused a frame (%1).</source>
        <translation>エンコーダーがフレームを受け付けませんでした（%1）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>encoding failed (%1).</source>
        <translation>エンコードに失敗しました（%1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>writing to the file failed (%1). Check that the disk is not full.</source>
        <translation>ファイルへの書き込みに失敗しました（%1）。ディスクの空き容量が不足していないか確認してください。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the extension &quot;%1&quot; is not a video container this program writes. Use .mp4, .mpg, .avi, .mkv, .mov or .wmv.</source>
        <translation>拡張子「%1」は、このプログラムが書き出せる動画コンテナではありません。.mp4、.mpg、.avi、.mkv、.mov、.wmv のいずれかを使用してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the frame size %1x%2 is not possible (each side must be between 1 and 16384 pixels).</source>
        <translation>フレームサイズ %1x%2 は使用できません（各辺は 1 から 16384 ピクセルの間でなければなりません）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the frame rate %1/%2 is not possible; it must be positive.</source>
        <translation>フレームレート %1/%2 は使用できません。正の値でなければなりません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this installation of FFmpeg has no video encoder named &quot;%1&quot;.</source>
        <translation>このFFmpegのインストールには「%1」という名前の動画エンコーダーがありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the encoder &quot;%1&quot; cannot encode a %2x%3 picture (it needs an even width and height).</source>
        <translation>エンコーダー「%1」は %2x%3 の画像をエンコードできません（幅と高さが偶数である必要があります）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the container could not be set up (%1).</source>
        <translation>コンテナを準備できませんでした（%1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the &quot;%1&quot; codec cannot be stored in a .%2 file. Choose another codec or file type.</source>
        <translation>コーデック「%1」は .%2 ファイルに格納できません。別のコーデックまたはファイル形式を選択してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+61"/>
        <location line="+42"/>
        <location line="+76"/>
        <source>out of memory.</source>
        <translation>メモリが不足しています。</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>the &quot;%1&quot; encoder refused these settings (%2x%3 at %4/%5 frames per second): %6.</source>
        <translation>エンコーダー「%1」がこの設定（%2x%3、毎秒 %4/%5 フレーム）を受け付けませんでした: %6。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the file could not be created (%1). Check that the folder exists and that you may write to it.</source>
        <translation>ファイルを作成できませんでした（%1）。フォルダーが存在し、書き込み権限があるか確認してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the container header could not be written (%1).</source>
        <translation>コンテナのヘッダーを書き込めませんでした（%1）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not write a frame: no video file is open (&quot;%1&quot;).</source>
        <translation>フレームを書き込めませんでした: 動画ファイルが開かれていません（「%1」）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>frame %1 is %2x%3 pixels but the video is %4x%5.</source>
        <translation>フレーム %1 は %2x%3 ピクセルですが、動画は %4x%5 ピクセルです。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the colour conversion could not be set up.</source>
        <translation>色変換を準備できませんでした。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the end of the file could not be written (%1). Check that the disk is not full.</source>
        <translation>ファイルの末尾を書き込めませんでした（%1）。ディスクの空き容量が不足していないか確認してください。</translation>
    </message>
</context>
<context>
    <name>WeightImportReport</name>
    <message numerus="yes">
        <location filename="../models/weights/WeightImportReport.cpp" line="+39"/>
        <source>%n tensor(s) of the file have other shapes than the network&apos;s (%1): the file was made for another variant of the network (other width, depth or input channels).</source>
        <translation>
            <numerusform>ファイル内の %n 個のテンソルの形状がネットワークのもの（%1）と異なります。このファイルは別のバリエーションのネットワーク（幅、深さ、または入力チャンネル数が異なるもの）用に作成されています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only %1 of the network&apos;s %2 tensors were found in the file, and %3 of its tensors have names this network does not have (%4): the file was made for another architecture.</source>
        <translation>ネットワークの %2 個のテンソルのうち、ファイル内に見つかったのは %1 個だけで、ファイル内の %3 個のテンソルはこのネットワークにない名前です（%4）。このファイルは別のアーキテクチャ用に作成されています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>matched %1, adapted %2, re-initialised %3, missing %4, unexpected %5, shape mismatches %6</source>
        <translation>一致 %1、適応 %2、再初期化 %3、欠落 %4、想定外 %5、形状の不一致 %6</translation>
    </message>
</context>
<context>
    <name>WeightImporter</name>
    <message>
        <location filename="../models/weights/WeightImporter.cpp" line="+123"/>
        <source>The first convolution (%1) was made for %2 input channels from the file&apos;s RGB kernel by averaging over the colour channels.</source>
        <translation>最初の畳み込み層（%1）は、ファイルの RGB カーネルを色チャンネルについて平均することで、%2 入力チャンネル用に作成されました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (file %2, network %3)</source>
        <translation>%1（ファイル %2、ネットワーク %3）</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n batch-norm step counter(s) were not in the file (files from PyTorch before 0.4.1 have none); this does not change the model.</source>
        <translation>
            <numerusform>%n 個のバッチ正規化ステップカウンターがファイルにありませんでした（PyTorch 0.4.1 より前のファイルにはありません）。これはモデルに影響しません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The classifier (%1) does not fit the number of behaviors and starts from random values; train the model before using it.</source>
        <translation>分類器（%1）が行動の数に合わないため、ランダムな値から開始します。使用する前にモデルを学習させてください。</translation>
    </message>
</context>
<context>
    <name>WeightsFile</name>
    <message>
        <location filename="../models/weights/WeightsFile.cpp" line="+120"/>
        <source>nothing</source>
        <translation>空のデータ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Python object of class %1</source>
        <translation>クラス %1 の Python オブジェクト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a %1</source>
        <translation>%1 型の値</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The weights file &apos;%1&apos; does not exist.</source>
        <translation>重みファイル「%1」が存在しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the weights file &apos;%1&apos;: %2.</source>
        <translation>重みファイル「%1」を開けません: %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a weights file Ethoscribe can read: %2. Give a PyTorch file saved with torch.save(model.state_dict(), path) (.pt or .pth), a TorchScript model or a .safetensors file.</source>
        <translation>「%1」は Ethoscribe が読み込める重みファイルではありません: %2。torch.save(model.state_dict(), path) で保存した PyTorch ファイル（.pt または .pth）、TorchScript モデル、または .safetensors ファイルを指定してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TorchScript (torch.jit.save)</source>
        <translation>TorchScript (torch.jit.save)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TorchScript model has no parameters</source>
        <translation>TorchScript モデルにパラメーターがありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PyTorch zip (torch.save)</source>
        <translation>PyTorch zip (torch.save)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PyTorch legacy (torch.save before 1.6)</source>
        <translation>PyTorch 旧形式 (torch.save, 1.6 より前)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the weights file &apos;%1&apos;: %2.</source>
        <translation>重みファイル「%1」を読み込めません: %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>safetensors</source>
        <translation>safetensors</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its content has none of these formats</source>
        <translation>内容がこれらのいずれの形式にも当てはまりません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(whole pickled module)</source>
        <translation>（モジュール全体を pickle したもの）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it holds %1 and no named tensors</source>
        <translation>中身は%1で、名前付きのテンソルがありません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it holds no tensors</source>
        <translation>テンソルが含まれていません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The weights file &apos;%1&apos; holds the tensor &apos;%2&apos; twice (once with a &quot;module.&quot; prefix); it cannot be imported.</source>
        <translation>重みファイル「%1」にはテンソル「%2」が2回含まれています（1回は &quot;module.&quot; 接頭辞付き）。インポートできません。</translation>
    </message>
</context>
<context>
    <name>ethoscribe::AnnotatedVideoDialog</name>
    <message>
        <location filename="../ui/export/AnnotatedVideoDialog.cpp" line="+34"/>
        <source>Export Annotated Video</source>
        <translation>注釈付き動画のエクスポート</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (labels)</source>
        <translation>%1（ラベル）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prediction (fused, as the sliders set it)</source>
        <translation>予測（融合、スライダーの設定どおり）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The track whose behavior is written on each frame and drawn in the ethogram strip.</source>
        <translation>各フレームに行動が書き込まれ、エソグラムの帯に描かれるトラックです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole video</source>
        <translation>動画全体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selection on the timeline (frames %1 to %2)</source>
        <translation>タイムライン上の選択範囲（フレーム %1〜%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These frames</source>
        <translation>指定したフレーム</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>from frame</source>
        <translation>開始フレーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to frame</source>
        <translation>終了フレーム</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many seconds around the current frame the moving ethogram strip along the bottom shows.</source>
        <translation>下部を流れるエソグラムの帯に、現在のフレームの前後何秒分を表示するかを指定します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Behaviors of:</source>
        <translation>行動のトラック:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames:</source>
        <translation>フレーム:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ethogram strip:</source>
        <translation>エソグラムの帯:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose File...</source>
        <translation>ファイルを選択...</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n frame(s), %1 s</source>
        <translation>
            <numerusform>%n フレーム、%1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n フレーム</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ethoscribe::BehaviorBar</name>
    <message>
        <location filename="../ui/labeling/BehaviorBar.cpp" line="+47"/>
        <source>Label the current frame or the selection as %1</source>
        <translation>現在のフレームまたは選択範囲に %1 のラベルを付ける</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label the current frame or the selection as %1 (key %2; hold the key while playing to paint)</source>
        <translation>現在のフレームまたは選択範囲に %1 のラベルを付ける（キー %2。再生中にキーを押し続けると連続してラベルを付けられます）</translation>
    </message>
</context>
<context>
    <name>ethoscribe::BehaviorsDialog</name>
    <message>
        <location filename="../ui/labeling/BehaviorsDialog.cpp" line="+37"/>
        <source>Behaviors</source>
        <translation>行動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add...</source>
        <translation>追加(&amp;A)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name...</source>
        <translation>名前を変更(&amp;N)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour...</source>
        <translation>色(&amp;C)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove...</source>
        <translation>削除(&amp;R)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order in which the behaviors are listed (behavior bar, exports).</source>
        <translation>行動の並び順です（行動バーやエクスポートでの順序）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Every change is saved at once and can be undone (Edit &gt; Undo).</source>
        <translation>変更はすべてすぐに保存され、元に戻すことができます（[編集] &gt; [元に戻す]）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1  (key %2)</source>
        <translation>%1  (キー %2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Add Behavior</source>
        <translation>行動を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new behavior:</source>
        <translation>新しい行動の名前:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename Behavior</source>
        <translation>行動の名前を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of &quot;%1&quot;:</source>
        <translation>「%1」の新しい名前:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Colour of &quot;%1&quot;</source>
        <translation>「%1」の色</translation>
    </message>
</context>
<context>
    <name>ethoscribe::ClusterFollower</name>
    <message>
        <location filename="../ui/training/ClusterFollower.cpp" line="+51"/>
        <source>Could not start %1: %2</source>
        <translation>%1 を開始できませんでした: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The submission failed.</source>
        <translation>投入に失敗しました。</translation>
    </message>
</context>
<context>
    <name>ethoscribe::Document</name>
    <message>
        <location filename="../core/project/Document.cpp" line="+106"/>
        <source>The behaviors stored in the project %1 are inconsistent (%2).</source>
        <translation>プロジェクト %1 に保存されている行動に矛盾があります（%2）。</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>The predictions stored in the project %1 cannot be read: %2</source>
        <translation>プロジェクト %1 に保存されている予測を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+24"/>
        <source>This video is not in the project.</source>
        <translation>この動画はプロジェクトに含まれていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predictions need a prediction track and at least one behavior.</source>
        <translation>予測には予測トラックと少なくとも1つの行動が必要です。</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+28"/>
        <source>This label track no longer exists.</source>
        <translation>このラベルトラックはもう存在しません。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No predictions were given.</source>
        <translation>予測が指定されていません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Predictions can only be stored in a prediction track, not in the manual track of %1.</source>
        <translation>予測は予測トラックにのみ保存できます。%1 の手動トラックには保存できません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This track holds no probabilities, so rows cannot be added to it.</source>
        <translation>このトラックには確率が含まれていないため、行を追加できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frames %1 to %2 are outside the %3 frames of the predictions.</source>
        <translation>フレーム %1 から %2 は、予測の %3 フレームの範囲外です。</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>There is nothing to undo.</source>
        <translation>元に戻す操作はありません。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is nothing to redo.</source>
        <translation>やり直す操作はありません。</translation>
    </message>
</context>
<context>
    <name>ethoscribe::Download</name>
    <message>
        <location filename="../core/net/Download.cpp" line="+95"/>
        <source>&apos;%1&apos; is not a download address.</source>
        <translation>「%1」はダウンロード用のアドレスではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a SHA-256 digest (64 hexadecimal digits, or at least the first %2).</source>
        <translation>「%1」は SHA-256 ダイジェスト（16 進数 64 桁、または少なくとも先頭 %2 桁）ではありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 が存在しません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+61"/>
        <location line="+32"/>
        <location line="+83"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The server %1 does not answer range requests consistently; delete %2 and try again.</source>
        <translation>サーバー %1 が範囲指定リクエストに一貫した応答を返しません。%2 を削除してもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+99"/>
        <source>Cannot write %1 (is the disk full?): %2</source>
        <translation>%1 に書き込めません（ディスクがいっぱいではありませんか？）: %2</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>The download of %1 was cancelled.</source>
        <translation>%1 のダウンロードはキャンセルされました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No data arrived from %1 for %2 s; the download stopped after %3.</source>
        <translation>%1 から %2 s の間データが届かなかったため、%3 の時点でダウンロードを停止しました。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server answered HTTP %1%2 for %3.</source>
        <translation>サーバーは %3 に対して HTTP %1%2 を返しました。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+90"/>
        <source>The connection to %1 was lost after %2 of %3.</source>
        <translation>%1 への接続が %3 中 %2 の時点で切断されました。</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The file downloaded from %1 is not the expected one: expected %2, but the %3 that arrived have SHA-256 %4. It was deleted. The address may now serve another file, or the transfer was altered; try again later, or check the address.</source>
        <translation>%1 からダウンロードしたファイルが想定のものではありません。想定値は %2 ですが、受信した %3 の SHA-256 は %4 でした。このファイルは削除されました。アドレスが現在は別のファイルを提供しているか、転送中にデータが改変された可能性があります。後でもう一度お試しいただくか、アドレスを確認してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot replace %1.</source>
        <translation>%1 を置き換えられません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 の名前を %2 に変更できません: %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source> The %1 received are kept in %2; running the same download again resumes from there.</source>
        <translation> 受信済みの %1 は %2 に保存されています。同じダウンロードをもう一度実行すると、そこから再開されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The host &apos;%1&apos; was not found. Check the address and the internet connection (or the proxy settings).</source>
        <translation>ホスト「%1」が見つかりませんでした。アドレスとインターネット接続（またはプロキシ設定）を確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 refused the connection.</source>
        <translation>サーバー %1 が接続を拒否しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to %1 was lost after %2.</source>
        <translation>%1 への接続が %2 の時点で切断されました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to %1 timed out.</source>
        <translation>%1 への接続がタイムアウトしました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure connection to %1 could not be made: %2</source>
        <translation>%1 への安全な接続を確立できませんでした: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ethoscribe cannot download from &apos;%1&apos; addresses.</source>
        <translation>Ethoscribe は「%1」形式のアドレスからダウンロードできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading %1 failed: %2</source>
        <translation>%1 のダウンロードに失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>ethoscribe::FlowEstimator</name>
    <message>
        <location filename="../core/flow/FlowEstimator.cpp" line="+49"/>
        <source>TV-L1 optical flow needs OpenCV&apos;s optflow library (%1), which could not be loaded: %2. Reinstall Ethoscribe, or use DIS flow.</source>
        <translation>TV-L1 オプティカルフローには OpenCV の optflow ライブラリ（%1）が必要ですが、読み込めませんでした: %2。Ethoscribe を再インストールするか、DIS フローを使ってください。</translation>
    </message>
</context>
<context>
    <name>ethoscribe::FlowOverlay</name>
    <message>
        <location filename="../ui/player/FlowOverlay.cpp" line="+65"/>
        <source>No optical flow is computed for this part of the video yet. Analysing the video with a flow model computes it.</source>
        <translation>動画のこの部分のオプティカルフローはまだ計算されていません。フローモデルで動画を解析すると計算されます。</translation>
    </message>
</context>
<context>
    <name>ethoscribe::FrameDecoder</name>
    <message>
        <location filename="../ui/player/FrameDecoder.cpp" line="+289"/>
        <source>Scrubbing copy of %1 made.</source>
        <translation>%1 のスクラブ用コピーを作成しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scrubbing copy of %1: %2</source>
        <translation>%1 のスクラブ用コピーはありません: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scrubbing copy of %1 cancelled; scrubbing decodes the original video.</source>
        <translation>%1 のスクラブ用コピーを中止しました。スクラブでは元の動画をデコードします。</translation>
    </message>
</context>
<context>
    <name>ethoscribe::FusionPanel</name>
    <message>
        <location filename="../ui/prediction/FusionPanel.cpp" line="+44"/>
        <source>How much the RGB stream counts against the optical flow stream in each network. The paper found 40% RGB / 60% flow best.</source>
        <translation>各ネットワークで RGB ストリームをオプティカルフローストリームに対してどの程度重視するか。論文では RGB 40% / フロー 60% が最適でした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much I3D counts against R(2+1)D when both have predicted.</source>
        <translation>両方が予測済みの場合に、I3D を R(2+1)D に対してどの程度重視するか。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <location line="+3"/>
        <location line="+4"/>
        <source> frame(s)</source>
        <translation>
            <numerusform> フレーム</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Each frame takes the most frequent label of this many frames around it (1 = no smoothing).</source>
        <translation>各フレームに、周囲のこの数のフレームで最も多いラベルを割り当てます（1 = 平滑化なし）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bouts shorter than this are merged into a neighbouring bout (1 = keep all).</source>
        <translation>これより短いバウトは隣接するバウトに統合されます（1 = すべて残す）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper&apos;s Values</source>
        <translation>論文の値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>40% RGB, both networks equal, no smoothing.</source>
        <translation>RGB 40%、両ネットワーク同等、平滑化なし。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RGB / flow:</source>
        <translation>RGB / フロー:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I3D / R(2+1)D:</source>
        <translation>I3D / R(2+1)D:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smoothing:</source>
        <translation>平滑化:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest bout:</source>
        <translation>最短バウト:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1% RGB, %2% flow</source>
        <translation>RGB %1%、フロー %2%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% I3D, %2% R(2+1)D</source>
        <translation>I3D %1%、R(2+1)D %2%</translation>
    </message>
</context>
<context>
    <name>ethoscribe::ImportLabelsDialog</name>
    <message>
        <location filename="../ui/labeling/ImportLabelsDialog.cpp" line="+50"/>
        <location line="+102"/>
        <source>Import Labels</source>
        <translation>ラベルをインポート</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recognise from the file</source>
        <translation>ファイルから判別</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>BORIS: a tabular events export (CSV or TSV). DeepEthogram: a _labels.csv file. Ethoscribe: a per-frame ethogram or a bout table (behavior,start_frame,end_frame; a spreadsheet of frame ranges saved as CSV works too).</source>
        <translation>BORIS: 表形式のイベントのエクスポート（CSV または TSV）。DeepEthogram: _labels.csv ファイル。Ethoscribe: フレームごとのエソグラムまたはバウト表（behavior,start_frame,end_frame。フレーム範囲を CSV で保存した表計算シートも使えます）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Video in the file:</source>
        <translation>ファイル内の動画(&amp;V):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Subject:</source>
        <translation>対象(&amp;S):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The labels become this annotator&apos;s labels of the video; labels it had there are replaced (Undo brings them back).</source>
        <translation>ラベルはこのアノテーターの、この動画のラベルになります。既存のラベルは置き換えられます（元に戻すで復元できます）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label &amp;file:</source>
        <translation>ラベルファイル(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the video:</source>
        <translation>対象の動画:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>形式(&amp;O):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Annotator:</source>
        <translation>アノテーター(&amp;A):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file names behaviors the project does not have. Choose what each one becomes:</source>
        <translation>ファイルにはプロジェクトにない行動名があります。それぞれの扱いを選んでください:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name in the file</source>
        <translation>ファイル内の名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used</source>
        <translation>出現数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>インポート先</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Label files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>ラベルファイル (*.csv *.tsv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Choose the label file with Browse...</source>
        <translation>[参照...] でラベルファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&lt;b&gt;Cannot import:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;インポートできません:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name of the annotator whose labels these are.</source>
        <translation>これらのラベルを付けたアノテーターの名前を入力してください。</translation>
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
            <numerusform>%1（%2）: %3 個のバウトに %n フレームのラベル</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New behaviors: %1.</source>
        <translation>新しい行動: %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>They replace the %1 labeled frames of %2 on this video; Undo brings them back.</source>
        <translation>この動画の %2 のラベル付きフレーム %1 個を置き換えます。元に戻すで復元できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They become the labels of %1 on this video.</source>
        <translation>この動画の %1 のラベルになります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note: the file&apos;s events are for %1, not for %2. Import them only if that is this video under another name.</source>
        <translation>注意: ファイルのイベントは %2 ではなく %1 のものです。それがこの動画の別名である場合にのみインポートしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bouts</source>
        <translation>バウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frames</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First on line %1 of the file.</source>
        <translation>ファイルの %1 行目に最初に出現。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add as a new behavior &quot;%1&quot;</source>
        <translation>新しい行動「%1」として追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave its frames unlabeled</source>
        <translation>そのフレームはラベルなしのままにする</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project&apos;s &quot;%1&quot;</source>
        <translation>プロジェクトの「%1」</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;Nothing was imported:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;何もインポートされませんでした:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>ethoscribe::ImportWeightsDialog</name>
    <message>
        <location filename="../ui/training/ImportWeightsDialog.cpp" line="+51"/>
        <source>Import Pretrained Weights</source>
        <translation>事前学習済みの重みをインポート</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Networks pre-trained on other videos learn mouse behaviors from fewer labels. Import their weights here, then choose the model as starting weights in Models &gt; Retrain. The classifier is made for this project&apos;s %n behavior(s).</source>
        <translation>
            <numerusform>他の動画で事前学習したネットワークは、少ないラベルでマウスの行動を学習できます。ここで重みをインポートし、モデル &gt; 再学習 で初期重みとしてモデルを選んでください。分類器はこのプロジェクトの %n 個の行動に合わせて作られます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A weights &amp;file</source>
        <translation>重みファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published weights (downloaded and checked)</source>
        <translation>公開されている重み（ダウンロードして検証）(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PyTorch .pt/.pth, TorchScript or .safetensors file</source>
        <translation>PyTorch の .pt/.pth、TorchScript または .safetensors ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File:</source>
        <translation>ファイル:</translation>
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
        <translation>ネットワーク(&amp;N):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RGB frames</source>
        <translation>RGB フレーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optical flow</source>
        <translation>オプティカルフロー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stream:</source>
        <translation>ストリーム(&amp;S):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the list...</source>
        <translation>一覧を読み込んでいます...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights:</source>
        <translation>重み:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ch&amp;oose...</source>
        <translation>選択(&amp;O)...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;as:</source>
        <translation>保存先(&amp;A):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Behaviors:</source>
        <translation>行動:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pretrained Weights</source>
        <translation>事前学習済みの重み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network weights (*.pt *.pth *.safetensors *.bin);;All files (*)</source>
        <translation>ネットワークの重み (*.pt *.pth *.safetensors *.bin);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the Model as</source>
        <translation>モデルの保存先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethoscribe models (*.safetensors)</source>
        <translation>Ethoscribe モデル (*.safetensors)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+73"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+17"/>
        <source>(no list)</source>
        <translation>（一覧なし）</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the list is empty</source>
        <translation>一覧が空です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list of published weights could not be read: %1</source>
        <translation>公開されている重みの一覧を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (about %2 to download)</source>
        <translation>%1（ダウンロード約 %2）</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The project has no behaviors yet: add them in Edit &gt; Behaviors first.</source>
        <translation>プロジェクトにまだ行動がありません。先に 編集 &gt; 行動 で追加してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the published weights to download.</source>
        <translation>ダウンロードする公開済みの重みを選んでください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the weights file to import.</source>
        <translation>インポートする重みファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save the model.</source>
        <translation>モデルの保存先を選んでください。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The folder %1 cannot be created. Choose another place to save the model.</source>
        <translation>フォルダー %1 を作成できません。モデルの保存先を別の場所にしてください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ethoscribe-cli %1</source>
        <translation>ethoscribe-cli %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping...</source>
        <translation>停止しています...</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Done: %1. Choose it as starting weights in Models &gt; Retrain.</source>
        <translation>完了: %1。モデル &gt; 再学習 で初期重みとして選んでください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped. What was downloaded is kept: importing the same weights again continues the download.</source>
        <translation>停止しました。ダウンロード済みの部分は残っています。同じ重みをもう一度インポートすると、ダウンロードが続きから再開されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped; no model was written.</source>
        <translation>停止しました。モデルは書き込まれていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ethoscribe-cli stopped unexpectedly; no model was written.</source>
        <translation>ethoscribe-cli が予期せず終了しました。モデルは書き込まれていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import failed; no model was written.</source>
        <translation>インポートに失敗しました。モデルは書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>ethoscribe::LabelingController</name>
    <message>
        <location filename="../ui/labeling/LabelingController.cpp" line="+125"/>
        <source>The change could not be saved, so nothing was changed.

%1</source>
        <translation>変更を保存できなかったため、何も変更されていません。

%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The video file %1 was not found. Its labels are shown, but the video cannot be played. Put the file back where it was, then select the video again.</source>
        <translation>動画ファイル %1 が見つかりません。ラベルは表示されますが、動画は再生できません。ファイルを元の場所に戻してから、もう一度動画を選択してください。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>fused: %1</source>
        <translation>融合: %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+68"/>
        <location line="+32"/>
        <source>unlabeled</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Open a video first.</source>
        <translation>先に動画を開いてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This project is open read-only, so labels cannot be changed: %1

Close the other window or program that has the project open, then open it again.</source>
        <translation>このプロジェクトは読み取り専用で開かれているため、ラベルを変更できません: %1

プロジェクトを開いている他のウィンドウまたはプログラムを閉じてから、もう一度開いてください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A label track for %1 could not be created: %2</source>
        <translation>%1 のラベルトラックを作成できませんでした: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Label %1</source>
        <translation>%1 のラベル付け</translation>
    </message>
</context>
<context>
    <name>ethoscribe::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="+178"/>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames</source>
        <translation>フレーム数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FPS</source>
        <translation>FPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labeled</source>
        <translation>ラベル済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted</source>
        <translation>予測済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frames labeled in your track</source>
        <translation>自分のトラックでラベル付けされたフレーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The networks and streams whose predictions are stored for the video</source>
        <translation>この動画について予測が保存されているネットワークとストリーム</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The videos of the project. Drop video files here to add them.</source>
        <translation>プロジェクトの動画です。動画ファイルをここにドロップすると追加されます。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot play the video</source>
        <translation>動画を再生できません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Frames %1 to %2 selected: press a behavior key to label them, Delete to erase them.</source>
        <translation>フレーム %1～%2 を選択中: 行動キーを押すとラベルを付け、Delete キーを押すとラベルを消去します。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;New Project...</source>
        <translation>新規プロジェクト(&amp;N)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Project...</source>
        <translation>プロジェクトを開く(&amp;O)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Videos...</source>
        <translation>動画を追加(&amp;A)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Labels...</source>
        <translation>ラベルをインポート(&amp;L)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels made in BORIS, DeepEthogram or a spreadsheet, onto the video shown</source>
        <translation>BORIS、DeepEthogram、表計算で作ったラベルを表示中の動画へ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Demo</source>
        <translation>デモを開く(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Labels as CSV...</source>
        <translation>ラベルを CSV にエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Find Moved Videos...</source>
        <translation>移動した動画を検索(&amp;F)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find videos that were moved or renamed, by their content, in a folder you choose</source>
        <translation>移動または名前変更された動画を、選択したフォルダーの中から内容をもとに探します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Annotated &amp;Video...</source>
        <translation>注釈付き動画をエクスポート(&amp;V)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this video with each frame&apos;s behavior and a moving ethogram strip drawn on it, for talks and papers</source>
        <translation>各フレームの行動と、動いていくエソグラムの帯を描き込んだ動画を書き出します（発表や論文用）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+682"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="-676"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+676"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
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
        <translation>やり直す</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Erase Labels</source>
        <translation>ラベルを消去(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase the labels of the selected frames, or of the current frame</source>
        <translation>選択したフレーム、または現在のフレームのラベルを消去します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear &amp;Selection</source>
        <translation>選択を解除(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Merge Bouts</source>
        <translation>バウトを結合(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected bouts, and the gaps between them, one bout with the behavior of the first</source>
        <translation>選択したバウトとその間の空白を、最初のバウトの行動を持つ1つのバウトにまとめます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spli&amp;t Bout at Playhead</source>
        <translation>再生位置でバウトを分割(&amp;T)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Behaviors...</source>
        <translation>行動(&amp;B)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, rename, recolour, reorder or remove the project&apos;s behaviors</source>
        <translation>プロジェクトの行動を追加、名前変更、色の変更、並べ替え、削除します</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Behaviors</source>
        <translation>行動</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annotator &amp;Name...</source>
        <translation>アノテーター名(&amp;N)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences...</source>
        <translation>設定(&amp;P)...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Play / Pause</source>
        <translation>再生 / 一時停止(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Frame</source>
        <translation>次のフレーム(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;revious Frame</source>
        <translation>前のフレーム(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forward One Second</source>
        <translation>1 秒進む(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back One Second</source>
        <translation>1 秒戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;irst Frame</source>
        <translation>最初のフレーム(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Last Frame</source>
        <translation>最後のフレーム(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next Label &amp;Change</source>
        <translation>次のラベル変化点(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous Label C&amp;hange</source>
        <translation>前のラベル変化点(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;aster</source>
        <translation>速く(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Slower</source>
        <translation>遅く(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;In</source>
        <translation>ズームイン(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;Out</source>
        <translation>ズームアウト(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;Whole Video</source>
        <translation>動画全体を表示(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optical &amp;Flow Overlay</source>
        <translation>オプティカルフローを重ねて表示(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the optical flow that led to each frame over the video (colour = direction; computed by analyses with flow models)</source>
        <translation>各フレームに至るまでのオプティカルフローを動画に重ねて表示します（色 = 方向。フローモデルによる解析で計算されます）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Video List</source>
        <translation>動画リスト(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose Models...</source>
        <translation>モデルを選択(&amp;C)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trained model files (I3D and/or R(2+1)D, RGB and/or flow) this project analyses its videos with</source>
        <translation>このプロジェクトで動画の解析に使う学習済みモデルファイル（I3D と R(2+1)D の一方または両方、RGB とフローの一方または両方）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retrain...</source>
        <translation>再学習(&amp;R)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train the networks again on this project&apos;s labels (leave-one-recording-out cross-validation), in a separate process</source>
        <translation>このプロジェクトのラベルでネットワークを別プロセスで再学習します（1録画除外（leave-one-recording-out）交差検証）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Pretrained &amp;Weights...</source>
        <translation>事前学習済みの重みをインポート(&amp;W)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a model from published network weights (a file, or downloaded by name) for Retrain to start from</source>
        <translation>公開されているネットワークの重み（ファイル、または名前でダウンロード）から、再学習の出発点となるモデルを作ります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The accuracy, confusion matrices and plots of the project&apos;s cross-validation runs, side by side</source>
        <translation>プロジェクトの交差検証ランの正解率、混同行列、グラフを並べて表示します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training Results</source>
        <translation>学習結果</translation>
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
        <translation>先にプロジェクトを開いてください。</translation>
    </message>
    <message numerus="yes">
        <location line="-621"/>
        <source>The window now analyses with %n model(s) of the run; Models &gt; Analyse This Video uses them.</source>
        <translation>
            <numerusform>ウィンドウはこのランの %n 個のモデルで解析するようになりました。[モデル] &gt; [この動画を解析] でこれらのモデルが使われます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1157"/>
        <source>&amp;Statistics...</source>
        <translation>統計(&amp;S)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time budgets, bouts, latencies, time bins, transitions and agreement of the project&apos;s videos, with plots to export</source>
        <translation>プロジェクトの動画の時間配分、バウト、潜時、時間ビン、遷移、一致度と、エクスポートできるグラフ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Analyse This Video</source>
        <translation>この動画を解析(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict the behavior in every frame of this video, in the background</source>
        <translation>この動画のすべてのフレームの行動をバックグラウンドで予測します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Analyse A&amp;ll Videos</source>
        <translation>すべての動画を解析(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict the behaviors of every video of the project (what is already predicted is kept)</source>
        <translation>プロジェクトのすべての動画の行動を予測します（予測済みの部分は保持されます）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ca&amp;ncel All Analyses</source>
        <translation>すべての解析をキャンセル(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop every analysis; what they finished is kept, and analysing again resumes</source>
        <translation>すべての解析を停止します。完了した部分は保持され、再度解析すると続きから再開します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the fused prediction into your labels over the selection, or over the predicted bout under the playhead</source>
        <translation>融合された予測を、選択範囲、または再生位置にある予測バウトについて、自分のラベルにコピーします</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ne&amp;xt Uncertain Bout</source>
        <translation>次の不確かなバウト(&amp;X)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the next predicted bout in order of doubt (least confident, or where the models disagree, first)</source>
        <translation>予測バウトのうち、疑わしい順（信頼度が最も低いもの、またはモデル間で不一致があるものが先）に次のバウトへ移動します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;vious Uncertain Bout</source>
        <translation>前の不確かなバウト(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Ethoscribe</source>
        <translation>Ethoscribe について(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイルを開く(&amp;R)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Playback</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Models</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Fusion</source>
        <translation>融合</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Stopped: the project was closed.</source>
        <translation>停止しました: プロジェクトが閉じられました。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 analysed (%2 s).</source>
        <translation>%1 を解析しました（%2 s）。</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+1617"/>
        <location line="+68"/>
        <source>Annotator: %1</source>
        <translation>アノテーター: %1</translation>
    </message>
    <message>
        <location line="-1636"/>
        <source>Missing: %1</source>
        <translation>見つかりません: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 %2: model %3</source>
        <translation>%1 %2: モデル %3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n ストリーム</numerusform>
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
        <translation>[読み取り専用]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo %1</source>
        <translation>やり直す: %1(&amp;R)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open the project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project %1 could not be opened.

%2</source>
        <translation>プロジェクト %1 を開けませんでした。

%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project opened read-only</source>
        <translation>プロジェクトを読み取り専用で開きました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

You can look at the labels but not change them. Close the other window that has the project open, then open it again here.</source>
        <translation>%1

ラベルは閲覧できますが、変更はできません。プロジェクトを開いている他のウィンドウを閉じてから、ここでもう一度開いてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the project</source>
        <translation>プロジェクトを作成できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project %1 could not be created.

%2

Choose another name or folder.</source>
        <translation>プロジェクト %1 を作成できませんでした。

%2

別の名前またはフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot add videos</source>
        <translation>動画を追加できません</translation>
    </message>
    <message>
        <location line="-686"/>
        <location line="+687"/>
        <location line="+323"/>
        <location line="+70"/>
        <location line="+670"/>
        <source>The project is open read-only: %1</source>
        <translation>プロジェクトは読み取り専用で開かれています: %1</translation>
    </message>
    <message>
        <location line="-1054"/>
        <source>New project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos belong to a project, which keeps their labels. Choose where to save the new project.</source>
        <translation>動画はプロジェクトに属し、プロジェクトがそのラベルを保存します。新しいプロジェクトの保存先を選んでください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Already in the project: %1</source>
        <translation>すでにプロジェクトに含まれています: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading %1 (%2 of %3)...</source>
        <translation>%1 を読み込んでいます（%2 / %3）...</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 could not be added: %2</source>
        <translation>%1 を追加できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Cancelled: %n video(s) added.</source>
        <translation>
            <numerusform>キャンセルしました: %n 本の動画を追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n video(s) added.</source>
        <translation>
            <numerusform>%n 本の動画を追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some videos were not added</source>
        <translation>一部の動画は追加されませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These files could not be added:

%1</source>
        <translation>次のファイルを追加できませんでした:

%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding videos</source>
        <translation>動画の追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the videos...</source>
        <translation>動画を読み込んでいます...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist. Check the name and the folder.</source>
        <translation>%1 は存在しません。名前とフォルダーを確認してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+34"/>
        <location line="+87"/>
        <source>Cannot create the demo</source>
        <translation>デモを作成できません</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>The folder %1 could not be created. Choose a folder you can write to.</source>
        <translation>フォルダー %1 を作成できませんでした。書き込み可能なフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+75"/>
        <source>Demo cancelled.</source>
        <translation>デモをキャンセルしました。</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The synthetic demo videos could not be written to %1.

%2</source>
        <translation>合成デモ動画を %1 に書き込めませんでした。

%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+95"/>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Generating %1 synthetic cage videos of %2 s...</source>
        <translation>%2 s の合成ケージ動画を %1 本生成しています...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The demo is open read-only: %1</source>
        <translation>デモは読み取り専用で開かれています: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+67"/>
        <source>Demo: press 1-8 to relabel the current frame (hold while playing to paint), Ctrl+Z to undo.</source>
        <translation>デモ: 1～8 キーで現在のフレームのラベルを変更（再生中に押し続けると連続して変更）、Ctrl+Z で元に戻します。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cannot open the demo</source>
        <translation>デモを開けません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo videos in %1 could not be read:

%2

Delete the folder to have them generated again.</source>
        <translation>%1 のデモ動画を読み込めませんでした:

%2

フォルダーを削除すると、再生成されます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The demo project %1 could not be created.

%2</source>
        <translation>デモプロジェクト %1 を作成できませんでした。

%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the demo videos...</source>
        <translation>デモ動画を読み込んでいます...</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+31"/>
        <location line="+352"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="-388"/>
        <location line="+408"/>
        <source>This build of Ethoscribe cannot run networks. Use ethoscribe-cli analyze, or a build with LibTorch.</source>
        <translation>このビルドの Ethoscribe ではネットワークを実行できません。ethoscribe-cli analyze を使うか、LibTorch 付きのビルドを使用してください。</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>These models cannot be used</source>
        <translation>これらのモデルは使用できません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Models: %1</source>
        <translation>モデル: %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+18"/>
        <location line="+19"/>
        <location line="+34"/>
        <source>Export Annotated Video</source>
        <translation>注釈付き動画のエクスポート</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Show a video with labels or predictions to export first.</source>
        <translation>エクスポートするには、まずラベルまたは予測のある動画を表示してください。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show the video to export first.</source>
        <translation>先にエクスポートする動画を表示してください。</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>MP4 videos (*.mp4)</source>
        <translation>MP4 動画 (*.mp4)</translation>
    </message>
    <message>
        <location line="-1364"/>
        <source>Flow</source>
        <translation>フロー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Frames whose optical flow is cached (the project&apos;s flow method); the flow networks need it, and an analysis computes what is missing</source>
        <translation>オプティカルフローがキャッシュ済みのフレーム（プロジェクトのフロー手法）。フローのネットワークに必要で、解析が不足分を計算します</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Export &amp;All Labels to Folder...</source>
        <translation>すべてのラベルをフォルダーにエクスポート(&amp;A)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your labels of every video, per frame and as bouts, as CSV files in a folder you choose</source>
        <translation>すべての動画のあなたのラベルを、フレームごととバウトごとに、選んだフォルダーへ CSV ファイルとして書き出します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Prediction as CSV...</source>
        <translation>予測を CSV でエクスポート(&amp;P)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fused prediction of this video as the sliders set it: behavior and the probability of each behavior per frame, and its bouts</source>
        <translation>スライダーで設定したこの動画の融合予測: フレームごとの行動と各行動の確率、およびそのバウト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export All P&amp;redictions to Folder...</source>
        <translation>すべての予測をフォルダーにエクスポート(&amp;R)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fused prediction of every analysed video as the sliders set it, per frame and as bouts, as CSV files in a folder you choose</source>
        <translation>解析済みのすべての動画の融合予測（スライダーの設定どおり）を、フレームごととバウトの CSV ファイルとして、選んだフォルダーに書き出します</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Give the rest of the bout under the playhead, from the current frame on, another behavior (or none)</source>
        <translation>再生位置にあるバウトの現在のフレーム以降に、別の行動を付ける（またはラベルを外す）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unlabeled (cut the rest off)</source>
        <translation>ラベルなし（残りを切り取る）</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Training Res&amp;ults...</source>
        <translation>学習結果(&amp;U)...</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Acce&amp;pt Prediction</source>
        <translation>予測を採用(&amp;P)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Toolbar</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analyse</source>
        <translation>解析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyse All</source>
        <translation>すべて解析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel Analyses</source>
        <translation>解析を中止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Uncertain</source>
        <translation>前の不確かなバウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Uncertain</source>
        <translation>次の不確かなバウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>採用</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Scrubbing copy of %1</source>
        <translation>%1 のスクラブ用コピー</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>frame %1 of %2</source>
        <translation>フレーム %1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>%n finished training run(s) recorded in the project (Models &gt; Training Results...).</source>
        <translation>
            <numerusform>完了した学習ラン %n 件をプロジェクトに記録しました（[モデル] &gt; [学習結果...]）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1 flow cached for %2 of %3 frames</source>
        <translation>%3 フレーム中 %2 フレームの %1 フローをキャッシュ済み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No %1 flow cached yet</source>
        <translation>%1 フローはまだキャッシュされていません</translation>
    </message>
    <message>
        <location line="+428"/>
        <source>Reading the models...</source>
        <translation>モデルを読み込んでいます...</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+5"/>
        <location line="+15"/>
        <location line="+31"/>
        <location line="+15"/>
        <location line="+6"/>
        <source>Find Moved Videos</source>
        <translation>移動した動画を検索</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Every video of the project is where it was added.</source>
        <translation>プロジェクトのすべての動画は、追加したときの場所にあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find Moved Videos In</source>
        <translation>移動した動画の検索先フォルダー</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Found all %n missing video(s).</source>
        <translation>
            <numerusform>見つからなかった動画 %n 本がすべて見つかりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Found %1 of %n missing video(s); the others are not in that folder (or their content changed).</source>
        <translation>
            <numerusform>見つからなかった動画 %n 本のうち %1 本が見つかりました。残りの動画はそのフォルダーにないか、内容が変更されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Looking for %n missing video(s) by their content...</source>
        <translation>
            <numerusform>見つからない動画 %n 本を内容をもとに探しています...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Wrote %1.</source>
        <translation>%1 を書き出しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video could not be exported</source>
        <translation>動画をエクスポートできませんでした</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing %1...</source>
        <translation>%1 を書き出しています...</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Retrain</source>
        <translation>再学習</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ethoscribe-cli, which trains the networks, was not found beside this program or on the PATH. Reinstall Ethoscribe.</source>
        <translation>ネットワークの学習を行う ethoscribe-cli が、このプログラムと同じ場所にも PATH 上にも見つかりませんでした。Ethoscribe を再インストールしてください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Use the New Models</source>
        <translation>新しいモデルを使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run trained on the labels of %1, which is no longer open here. Open it again to analyse with these models.</source>
        <translation>この実行は %1 のラベルで学習しましたが、そのプロジェクトはもうここで開かれていません。これらのモデルで解析するには、もう一度開いてください。</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+10"/>
        <location line="+72"/>
        <source>Import Pretrained Weights</source>
        <translation>事前学習済みの重みをインポート</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>ethoscribe-cli, which imports network weights, was not found beside this program or on the PATH. Reinstall Ethoscribe.</source>
        <translation>ネットワークの重みをインポートする ethoscribe-cli が、このプログラムと同じ場所にも PATH 上にも見つかりませんでした。Ethoscribe を再インストールしてください。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported %1: Models &gt; Retrain starts %2 %3 from it.</source>
        <translation>%1 をインポートしました。モデル &gt; 再学習 は %2 %3 をこれから始めます。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Imported %1. The project is open read-only, so Retrain will not offer it by itself: choose it there.</source>
        <translation>%1 をインポートしました。プロジェクトは読み取り専用で開かれているため、再学習では自動的には提示されません。再学習の画面で選んでください。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose Models (one per network and stream)</source>
        <translation>モデルを選択（ネットワークとストリームごとに1つ）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ethoscribe models (*.safetensors);;All files (*)</source>
        <translation>Ethoscribe モデル (*.safetensors);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+23"/>
        <source>Analysis</source>
        <translation>解析</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>This project has no models to analyse with yet. Choose them with Models &gt; Choose Models... (files made by &apos;ethoscribe-cli train&apos; or &apos;cv&apos;, or imported with &apos;ethoscribe-cli model import&apos;).</source>
        <translation>このプロジェクトには、解析に使うモデルがまだありません。[モデル] &gt; [モデルを選択...] で選択してください（&apos;ethoscribe-cli train&apos; または &apos;cv&apos; で作成したファイル、あるいは &apos;ethoscribe-cli model import&apos; でインポートしたファイル）。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Analysing %1</source>
        <translation>%1 を解析中</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Analysing %n video(s) in the background; predictions appear on the timeline as they are ready.</source>
        <translation>
            <numerusform>%n 本の動画をバックグラウンドで解析しています。予測は準備ができ次第タイムラインに表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already analysed with these models.</source>
        <translation>これらのモデルで解析済みです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some videos cannot be analysed</source>
        <translation>一部の動画は解析できません</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>video %1</source>
        <translation>動画 %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No predictions for this video yet: Models &gt; Analyse This Video.</source>
        <translation>この動画にはまだ予測がありません: [モデル] &gt; [この動画を解析]。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1% of the frames predicted.</source>
        <translation>フレームの %1% が予測済みです。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no prediction to accept: analyse the video first (Models menu).</source>
        <translation>採用できる予測がありません。先に動画を解析してください（[モデル] メニュー）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This frame is not predicted; select the frames whose prediction you accept.</source>
        <translation>このフレームは予測されていません。予測を採用するフレームを選択してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accept prediction</source>
        <translation>予測の採用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted the prediction for frames %1 to %2 (Ctrl+Z undoes it).</source>
        <translation>フレーム %1～%2 の予測を採用しました（Ctrl+Z で元に戻せます）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No predictions to review for this video yet.</source>
        <translation>この動画には確認する予測がまだありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That was the least doubtful bout.</source>
        <translation>これが最も疑わしさの低いバウトでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is the most doubtful bout.</source>
        <translation>これが最も疑わしいバウトです。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bout %1 of %2 by doubt: %3, frames %4 to %5, confidence %6%</source>
        <translation>疑わしさ順で %2 個中 %1 番目のバウト: %3、フレーム %4～%5、信頼度 %6%</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, models disagree on %1% of it</source>
        <translation>、そのうち %1% でモデル間に不一致あり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Ctrl+Return accepts it, a behavior key relabels it.</source>
        <translation>。Ctrl+Return で採用、行動キーでラベルを付け直します。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>New Project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ethoscribe projects (*.ethoproj)</source>
        <translation>Ethoscribe プロジェクト (*.ethoproj)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethoscribe projects (*.ethoproj);;All files (*)</source>
        <translation>Ethoscribe プロジェクト (*.ethoproj);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add Videos</source>
        <translation>動画を追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videos (*.mp4 *.m4v *.avi *.mpg *.mpeg *.mkv *.mov *.wmv *.asf *.webm *.gif);;All files (*)</source>
        <translation>動画 (*.mp4 *.m4v *.avi *.mpg *.mpeg *.mkv *.mov *.wmv *.asf *.webm *.gif);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Import Labels</source>
        <translation>ラベルをインポート</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Open a project and select the video the labels are for first.</source>
        <translation>先にプロジェクトを開き、ラベルの対象となる動画を選んでください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Label files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>ラベルファイル (*.csv *.tsv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imported %1 labeled frames in %2 bouts as the labels of %3.</source>
        <translation>%2 個のバウトにある %1 フレームのラベルを %3 のラベルとしてインポートしました。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n new behavior(s).</source>
        <translation>
            <numerusform>新しい行動 %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <location line="+28"/>
        <location line="+33"/>
        <location line="+46"/>
        <location line="+24"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Open a project and select a video first.</source>
        <translation>先にプロジェクトを開いて動画を選択してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no labels of %1 for this video yet. Label some frames first.</source>
        <translation>この動画には %1 のラベルがまだありません。先にいくつかのフレームにラベルを付けてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Labels as CSV</source>
        <translation>ラベルを CSV にエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+197"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+72"/>
        <location line="+60"/>
        <location line="+80"/>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export All Labels to Folder</source>
        <translation>すべてのラベルをフォルダーにエクスポート</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 has not labeled any video of this project yet. Label some frames first, or choose your name under Edit &gt; Annotator Name.</source>
        <translation>%1 はこのプロジェクトの動画にまだラベルを付けていません。先にいくつかのフレームにラベルを付けるか、編集 &gt; アノテーター名 で自分の名前を選んでください。</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Exported the labels of %n video(s) to %1.</source>
        <translation>
            <numerusform>%n 本の動画のラベルを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export All Labels</source>
        <translation>すべてのラベルをエクスポート</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Writing the labels of %n video(s)...</source>
        <translation>
            <numerusform>%n 本の動画のラベルを書き出しています...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export All Predictions to Folder</source>
        <translation>すべての予測をフォルダーにエクスポート</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No video of this project has predictions yet. Analyse the videos first (Models &gt; Analyse All Videos).</source>
        <translation>このプロジェクトにはまだ予測のある動画がありません。先に動画を解析してください（モデル &gt; すべての動画を解析）。</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Exported the predictions of %n video(s) (RGB weight %1, I3D share %2) to %3.</source>
        <translation>
            <numerusform>%n 本の動画の予測（RGB の重み %1、I3D の割合 %2）を %3 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n video(s) are not fully analysed yet: their frames without a prediction are left empty.</source>
        <translation>
            <numerusform>%n 本の動画はまだ解析が終わっていません。予測のないフレームは空欄のままです。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export All Predictions</source>
        <translation>すべての予測をエクスポート</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Fusing and writing the predictions of %n video(s)...</source>
        <translation>
            <numerusform>%n 本の動画の予測を融合して書き出しています...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Prediction</source>
        <translation>予測のエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no prediction for this video yet: analyse it first (Models &gt; Analyse This Video).</source>
        <translation>この動画にはまだ予測がありません。先に解析してください（[モデル] &gt; [この動画を解析]）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Prediction as CSV</source>
        <translation>予測を CSV でエクスポート</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exported the prediction (RGB weight %1, I3D share %2) to %3 and its bouts to %4.</source>
        <translation>予測（RGB の重み %1、I3D の割合 %2）を %3 に、そのバウトを %4 にエクスポートしました。</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+74"/>
        <source>The models&apos; class &quot;%1&quot; has no behavior of that name: its probabilities are in the column p_%1.</source>
        <translation>モデルのクラス「%1」には同名の行動がありません。その確率は列 p_%1 にあります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Annotator Name</source>
        <translation>アノテーター名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your labels are saved under this name:</source>
        <translation>あなたのラベルはこの名前で保存されます:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>From frame %1 on, the bout is %2 (Ctrl+Z undoes it).</source>
        <translation>フレーム %1 以降のバウトは %2 になりました（Ctrl+Z で元に戻せます）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bout now ends before frame %1 (Ctrl+Z undoes it).</source>
        <translation>バウトはフレーム %1 の前で終わるようになりました（Ctrl+Z で元に戻せます）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the bouts to merge first (Shift+drag on the timeline).</source>
        <translation>先に結合するバウトを選択してください（タイムライン上で Shift+ドラッグ）。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language changes when Ethoscribe starts next time.</source>
        <translation>言語は Ethoscribe の次回起動時に切り替わります。</translation>
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
        <translation>キーボードショートカット</translation>
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
        <translation>行動キー（現在のフレームまたは選択範囲にラベルを付けます。再生中に押し続けると連続してラベルを付けます）:
%1
Space: 再生 / 一時停止
← / →: 1 フレーム戻る / 進む
Shift+← / Shift+→: 1 秒
Page Up / Page Down: 前 / 次のラベル変化点
[ / ]: 遅く / 速く
タイムライン上で Shift+ドラッグ: フレームを選択
Delete: 選択範囲またはフレームのラベルを消去
タイムライン上でホイール: ズーム、Shift+ホイール: スクロール、ダブルクリック: 動画全体
Ctrl+Z / Ctrl+Shift+Z: 元に戻す / やり直す
Ctrl+R: この動画を解析
N / Shift+N: 次 / 前の不確かなバウト
Ctrl+Return: 予測を採用（選択範囲、または再生位置のバウト）
自分のトラックのバウトの端をドラッグ: 端を移動、Ctrl+M: 選択したバウトを結合
Ctrl+Shift+F: 動画にオプティカルフローを重ねて表示</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About Ethoscribe</source>
        <translation>Ethoscribe について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Ethoscribe %1&lt;/h3&gt;&lt;p&gt;Per-frame behavior labels (ethograms) from home-cage mouse videos.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later&lt;/p&gt;&lt;p&gt;Built with:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ethoscribe %1&lt;/h3&gt;&lt;p&gt;ホームケージのマウス動画から、フレームごとの行動ラベル（エソグラム）を作成します。&lt;/p&gt;&lt;p&gt;ライセンス: GPL-3.0-or-later&lt;/p&gt;&lt;p&gt;使用ライブラリ:&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Analyses are running</source>
        <translation>解析を実行中です</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n video(s) are still being analysed. Stop and quit? What is finished is kept, and analysing again later resumes where it stopped.</source>
        <translation>
            <numerusform>%n 本の動画をまだ解析中です。停止して終了しますか？完了した部分は保持され、後で再度解析すると停止した箇所から再開します。</numerusform>
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
        <translation>予測</translation>
    </message>
</context>
<context>
    <name>ethoscribe::PreferencesDialog</name>
    <message>
        <location filename="../ui/mainwindow/PreferencesDialog.cpp" line="+43"/>
        <source>Make scrubbing copies of long videos</source>
        <translation>長い動画のスクラブ用コピーを作成する</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your labels are saved under this name.</source>
        <translation>あなたのラベルはこの名前で保存されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all cores</source>
        <translation>すべてのコア</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU threads the networks use for analyses in this window.</source>
        <translation>このウィンドウでの解析にネットワークが使用する CPU スレッド数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every 4th frame, blended between (recommended)</source>
        <translation>4フレームごと、間は補間（推奨）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every frame (the paper&apos;s; about 4 times slower)</source>
        <translation>全フレーム（論文の方式。約4倍遅い）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long passes that share work (fastest; check the results)</source>
        <translation>計算を共有する長いパス（最速。結果を確認してください）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each frame is predicted from 16 frames around it. Every 4th frame keeps almost all labels of one window per frame at a quarter of the work. Long passes are faster still, but models trained on single windows can give other labels there: compare a video with the recommended setting before you rely on them. Applies to analyses started afterwards; stored predictions are kept.</source>
        <translation>各フレームは前後16フレームから予測されます。4フレームごとの方式は、1フレーム1ウィンドウの方式とほぼ同じラベルを4分の1の計算量で得られます。長いパスはさらに高速ですが、単一ウィンドウで学習したモデルでは異なるラベルになることがあります。使う前に推奨設定の結果と1本の動画で比較してください。この後に開始する解析に適用され、保存済みの予測はそのまま残ります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>32-bit floating point, as trained (recommended)</source>
        <translation>32 ビット浮動小数点、学習時のまま(推奨)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>16-bit floating point (faster on recent processors and GPUs)</source>
        <translation>16 ビット浮動小数点(新しいプロセッサーと GPU で高速)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>8-bit integers (fastest on the processor; a few labels change)</source>
        <translation>8 ビット整数(プロセッサーで最速。一部のラベルが変わります)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>16-bit floating point makes full-size networks about 2 times faster on processors with bfloat16 instructions (AVX-512 BF16 or AMX) and faster on GPUs; about 1 in 100 labels changed in our tests. Where the processor lacks them, the analysis says so and you switch back. 8-bit integers are several times faster for full-size networks on processors without a GPU, no faster for small ones; about 2 in 100 labels changed in our tests: compare a video with and without before you rely on it. Applies to analyses started afterwards; stored predictions are kept.</source>
        <translation>16 ビット浮動小数点では、bfloat16 命令(AVX-512 BF16 または AMX)を持つプロセッサーでフルサイズのネットワークが約 2 倍速くなり、GPU でも速くなります。テストではラベルの約 100 分の 1 が変わりました。プロセッサーにこの命令がない場合は解析がそう伝えるので、元に戻してください。8 ビット整数は GPU のないプロセッサーでフルサイズのネットワークが数倍速くなりますが、小さいネットワークでは速くなりません。テストではラベルの約 100 分の 2 が変わりました。頼る前に、1 本の動画で使った場合と使わない場合を比べてください。この後に開始する解析に適用され、保存済みの予測はそのまま残ります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory for decoded frames: more makes scrubbing back and forth over long stretches smoother.</source>
        <translation>デコード済みフレーム用のメモリ。多くすると、長い区間を前後にスクラブする操作が滑らかになります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For videos of 20 seconds or more whose full pictures are far apart: a copy made in the background (kept in your cache folder) shows any frame at once while you drag or click on the timeline; the exact frame follows. Labels always use the original.</source>
        <translation>20 秒以上で、完全な画像の間隔が長い動画の場合: バックグラウンドで作成したコピー（キャッシュフォルダーに保存）により、タイムラインをドラッグまたはクリックしている間もどのフレームもすぐに表示され、正確なフレームがその後に続きます。ラベルには常に元の動画が使われます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TV-L1 (the paper&apos;s; slow)</source>
        <translation>TV-L1（論文で使用。低速）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIS (fast)</source>
        <translation>DIS（高速）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How this project computes optical flow. Flow models must be used with the flow they were trained on.</source>
        <translation>このプロジェクトでオプティカルフローを計算する方法。フローモデルは、学習に使われたフローと同じ方法で使用する必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language of the window and of ethoscribe-cli. It applies when Ethoscribe starts next time.</source>
        <translation>ウィンドウと ethoscribe-cli の言語。Ethoscribe の次回起動時に適用されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotator name:</source>
        <translation>アノテーター名:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis threads:</source>
        <translation>解析スレッド数:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis windows:</source>
        <translation>解析ウィンドウ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network arithmetic:</source>
        <translation>ネットワークの演算:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame cache:</source>
        <translation>フレームキャッシュ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optical flow (project):</source>
        <translation>オプティカルフロー（プロジェクト）:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a project to choose its optical flow.</source>
        <translation>オプティカルフローを選択するには、プロジェクトを開いてください。</translation>
    </message>
</context>
<context>
    <name>ethoscribe::ProjectAnalysis</name>
    <message>
        <location filename="../core/analysis/ProjectAnalysis.cpp" line="+59"/>
        <source>Choose at least one model to analyse with.</source>
        <translation>解析に使うモデルを少なくとも1つ選択してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2 are both %3 %4 models; choose one model per network and stream.</source>
        <translation>%1 と %2 はどちらも %3 %4 モデルです。ネットワークとストリームごとに1つのモデルを選択してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 predicts the behaviors %2, but %3 predicts %4: models that are fused must share their behaviors, in the same order.</source>
        <translation>%1 は行動 %2 を予測しますが、%3 は %4 を予測します。融合するモデルは、同じ行動を同じ順序で持っている必要があります。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The models predict the behavior &quot;%1&quot;, which this project does not have. Add the behavior to the project first, or use models trained on its behaviors.</source>
        <translation>モデルは行動「%1」を予測しますが、このプロジェクトにはその行動がありません。先にその行動をプロジェクトに追加するか、このプロジェクトの行動で学習したモデルを使用してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No project is open.</source>
        <translation>プロジェクトが開かれていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This project is open read-only, so predictions cannot be stored in it: %1</source>
        <translation>このプロジェクトは読み取り専用で開かれているため、予測を保存できません: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This video is no longer in the project.</source>
        <translation>この動画はもうプロジェクトに含まれていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video file %1 was not found. Put it back where it was, or relocate the project&apos;s videos, then analyse it again.</source>
        <translation>動画ファイル %1 が見つかりませんでした。元の場所に戻すか、プロジェクトの動画の場所を変更してから、もう一度解析してください。</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+15"/>
        <source>The predictions could not be saved in the project: %1</source>
        <translation>予測をプロジェクトに保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ethoscribe::RemoveBehaviorDialog</name>
    <message>
        <location filename="../ui/labeling/BehaviorsDialog.cpp" line="+22"/>
        <source>Remove Behavior</source>
        <translation>行動を削除</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No frame is labeled &quot;%1&quot;. Removing it changes no label.</source>
        <translation>「%1」のラベルが付いたフレームはありません。削除してもラベルは変わりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; labels %2 frames in %3 tracks of %4 videos. What should these frames become?</source>
        <translation>「%1」のラベルは、%4 本の動画の %3 トラックで %2 フレームに付いています。これらのフレームをどうしますか？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlabeled (the labels are erased)</source>
        <translation>ラベルなし（ラベルを消去します）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another behavior:</source>
        <translation>別の行動:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove &quot;%1&quot;</source>
        <translation>「%1」を削除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit &gt; Undo brings the behavior and its labels back.</source>
        <translation>[編集] &gt; [元に戻す] で、行動とそのラベルを元に戻せます。</translation>
    </message>
</context>
<context>
    <name>ethoscribe::RetrainDialog</name>
    <message>
        <location filename="../ui/training/RetrainDialog.cpp" line="+59"/>
        <source>Retrain - %1</source>
        <translation>再学習 - %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to train</source>
        <translation>学習する対象</translation>
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
        <translation>ネットワーク:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RGB frames</source>
        <translation>RGB フレーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optical flow</source>
        <translation>オプティカルフロー</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Streams:</source>
        <translation>ストリーム:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small (trains on a CPU in minutes)</source>
        <translation>小（CPU で数分で学習）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full (the paper&apos;s networks; needs a GPU or days)</source>
        <translation>フル（論文のネットワーク。GPU が必要、なければ数日かかります）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last block and the classifier</source>
        <translation>最後のブロックと分類器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the classifier (fast, with starting weights)</source>
        <translation>分類器のみ（高速。初期重みを使用）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train:</source>
        <translation>学習対象:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps per network:</source>
        <translation>ネットワークごとのステップ数:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: random weights</source>
        <translation>なし: ランダムな重み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting weights</source>
        <translation>初期重み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ethoscribe models (*.safetensors)</source>
        <translation>Ethoscribe モデル (*.safetensors)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starting weights:</source>
        <translation>初期重み:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU threads:</source>
        <translation>CPU スレッド数:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic (a GPU when there is one)</source>
        <translation>自動（GPU があれば GPU）</translation>
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
        <translation>デバイス:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then train on all recordings: the models to use on new videos</source>
        <translation>続けてすべての録画で学習: 新しい動画に使うモデル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the folds, each network and stream is trained once more on every labeled recording. The folds say how well the models do on a recording they have not seen; these models learn from all your labels and are the ones to analyse new videos with. Adds one fold&apos;s training time.</source>
        <translation>フォールドの後、各ネットワークと各ストリームをラベル付きのすべての録画でもう一度学習します。フォールドは、見ていない録画に対するモデルの精度を示します。これらのモデルはすべてのラベルから学習し、新しい動画の解析に使うモデルです。フォールド 1 つ分の学習時間がかかります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run on the SLURM cluster (one task per fold, network and stream)</source>
        <translation>SLURM クラスターで実行（フォールド、ネットワーク、ストリームごとに1タスク）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>partition (default)</source>
        <translation>パーティション（既定）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time limit, e.g. 04:00:00</source>
        <translation>制限時間（例: 04:00:00）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memory, e.g. 8G</source>
        <translation>メモリ（例: 8G）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. gpu:1</source>
        <translation>例: gpu:1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cores per task: </source>
        <translation>タスクあたりのコア数: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cluster:</source>
        <translation>クラスター:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sbatch was not found: this computer is not a SLURM login node.</source>
        <translation>sbatch が見つかりませんでした。このコンピューターは SLURM のログインノードではありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave-one-recording-out cross-validation over every labeled recording of the project.</source>
        <translation>プロジェクト内のラベル付きのすべての録画を対象とした、1録画除外（leave-one-recording-out）交差検証です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training loss</source>
        <translation>学習損失</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel Run</source>
        <translation>ランをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Results &amp;Folder</source>
        <translation>結果フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use the New Models</source>
        <translation>新しいモデルを使用(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyse this project&apos;s videos with the models the run trained on all recordings (Models &gt; Choose Models... shows them).</source>
        <translation>この実行がすべての録画で学習したモデルで、このプロジェクトの動画を解析します (モデル &gt; モデルを選択... で表示されます)。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Estimated from how fast the run has gone so far.</source>
        <translation>これまでの実行速度からの推定です。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Submitted to the cluster; waiting for the scheduler...</source>
        <translation>クラスターに投入しました。スケジューラーを待っています...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done on the cluster. The results are in %1.</source>
        <translation>クラスターでの処理が完了しました。結果は %1 にあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run could not be collected: %1</source>
        <translation>ランを回収できませんでした: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cluster run failed: %1. The project is unchanged.</source>
        <translation>クラスターでのランが失敗しました: %1。プロジェクトは変更されていません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Following the cluster run in %1 (submitted earlier)...</source>
        <translation>以前に投入した %1 のクラスターランを追跡しています...</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Choose at least one network.</source>
        <translation>ネットワークを少なくとも1つ選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one stream.</source>
        <translation>ストリームを少なくとも1つ選択してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A starting-weights file is made for one network and one stream. Tick only the network and the stream it was made for, or give one file for each, separated by commas, like this: i3d/rgb=FILE,i3d/flow=FILE</source>
        <translation>開始時の重みのファイルは、1 つのネットワークと 1 つのストリーム用に作られています。そのファイルが作られたネットワークとストリームだけを選ぶか、それぞれに 1 つずつファイルをカンマ区切りで指定してください。例: i3d/rgb=FILE,i3d/flow=FILE</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Submitting to the cluster...</source>
        <translation>クラスターに投入しています...</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+294"/>
        <source>Starting...</source>
        <translation>開始しています...</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Cluster: %1 tasks, %2.</source>
        <translation>クラスター: %1 タスク、%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume submits the failed tasks again.</source>
        <translation>再開すると、失敗したタスクが再投入されます。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelling the cluster jobs...</source>
        <translation>クラスターのジョブをキャンセルしています...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopping after the next checkpoint...</source>
        <translation>次のチェックポイントの後で停止します...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submitting the failed tasks again...</source>
        <translation>失敗したタスクを再投入しています...</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+67"/>
        <source>Resuming...</source>
        <translation>再開しています...</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fold %1 of %2: all recordings (the models for new videos)</source>
        <translation>フォールド %1/%2: すべての録画 (新しい動画用のモデル)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fold %1 of %2: holding out %3</source>
        <translation>フォールド %1 / %2: %3 を除外</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>fold %1, %2</source>
        <translation>フォールド %1、%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fold %1 of %2, %3: step %4 of %5, loss %6</source>
        <translation>フォールド %1 / %2、%3: ステップ %4 / %5、損失 %6</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fold %1, %2: %3% of the held-out frames right</source>
        <translation>フォールド %1、%2: 除外したフレームの %3% が正解</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2: frame %3 of %4</source>
        <translation>%2（%1）: フレーム %3 / %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optical flow of</source>
        <translation>オプティカルフロー計算中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features of</source>
        <translation>特徴量計算中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicting</source>
        <translation>予測中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped. Resume continues from the last checkpoint.</source>
        <translation>停止しました。「再開」で最後のチェックポイントから続行します。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Done. The results are in %1.</source>
        <translation>完了しました。結果は %1 にあります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run failed: %1. The project is unchanged.</source>
        <translation>ランが失敗しました: %1。プロジェクトは変更されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run was stopped. Resume continues it from its last checkpoint.</source>
        <translation>ランは停止されました。再開すると、最後のチェックポイントから続行します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Running...</source>
        <translation>実行中...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The project could not record the run: %1</source>
        <translation>プロジェクトにランを記録できませんでした: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The run wrote no evaluation (see its folder).</source>
        <translation>ランは評価結果を書き出しませんでした（ランのフォルダーを確認してください）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2% of the labeled frames right at RGB weight %3</source>
        <translation>%1: RGB重み %3 でラベル付きフレームの %2% が正解</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The run goes on on the cluster without this window. Follow it later with &apos;ethoscribe-cli runs status %1&apos; and gather it with &apos;ethoscribe-cli runs collect %1&apos;. Close?</source>
        <translation>このランは、このウィンドウがなくてもクラスター上で続行されます。後で &apos;ethoscribe-cli runs status %1&apos; で進捗を確認し、&apos;ethoscribe-cli runs collect %1&apos; で結果を回収してください。閉じますか？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The run is still going. Stop it, or leave it running? (Reopening Retrain later shows it again.)</source>
        <translation>ランはまだ実行中です。停止しますか、それとも実行したままにしますか？（後で再学習を開き直すと、再び表示されます。）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop the Run</source>
        <translation>ランを停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave It Running</source>
        <translation>実行したままにする</translation>
    </message>
</context>
<context>
    <name>ethoscribe::RunResultsDialog</name>
    <message>
        <location filename="../ui/training/RunResultsDialog.cpp" line="+24"/>
        <source>Training Results</source>
        <translation>学習結果</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cross-validation trains one set of models per fold, each without one recording. The models trained on all recordings (when the run made them) are chosen first, else the fold that predicted its held-out recording best.</source>
        <translation>交差検証はフォールドごとに 1 組のモデルを、それぞれ 1 つの録画を除いて学習します。すべての録画で学習したモデル (実行で作成された場合) が最初に選ばれ、なければ除外した録画を最もよく予測したフォールドが選ばれます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use These Models</source>
        <translation>これらのモデルを使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyse this project&apos;s videos with the chosen fold&apos;s models (Models &gt; Choose Models... shows them).</source>
        <translation>選択したフォールドのモデルで、このプロジェクトの動画を解析します（[モデル] &gt; [モデルを選択...] で確認できます）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Models of:</source>
        <translation>使用するモデル:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plots</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare (tick runs)</source>
        <translation>比較（ランにチェック）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The project has recorded no run yet: Models &gt; Retrain... makes one.</source>
        <translation>このプロジェクトにはまだランの記録がありません。[モデル] &gt; [再学習...] で作成できます。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All recordings (the models for new videos)</source>
        <translation>すべての録画 (新しい動画用のモデル)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fold %1 (without %2): %3 on it</source>
        <translation>フォールド %1（%2 を除外）: 除外した録画で %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fold %1 (without %2)</source>
        <translation>フォールド %1（%2 を除外）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This run&apos;s folder has no models (they were moved or deleted).</source>
        <translation>このランのフォルダーにはモデルがありません（移動または削除されています）。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 recordings, %2 labeled frames.</source>
        <translation>%1 件の録画、%2 個のラベル付きフレーム。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 at RGB weight %3 (by RGB weight: %4)</source>
        <translation>%1: RGB重み %3 で %2（RGB重み別: %4）</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The picture %1 cannot be read.</source>
        <translation>画像 %1 を読み込めません。</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, best accuracy</source>
        <translation>%1、最高正解率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, best RGB weight</source>
        <translation>%1、最適なRGB重み</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>labeled frames</source>
        <translation>ラベル付きフレーム数</translation>
    </message>
</context>
<context>
    <name>ethoscribe::StatisticsDialog</name>
    <message>
        <location filename="../ui/statistics/StatisticsDialog.cpp" line="+84"/>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The track whose statistics are shown: an annotator&apos;s labels or a model&apos;s predictions.</source>
        <translation>統計を表示するトラックです: アノテーターのラベル、またはモデルの予測。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the track with this one, frame by frame: two annotators, or a model against the manual labels.</source>
        <translation>トラックをこのトラックとフレームごとに比較します: 2 人のアノテーター同士、またはモデルと手動ラベル。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut each video into time bins of this length (for example 300 s after an injection) and show each behavior per bin.</source>
        <translation>各動画をこの長さの時間ビンに区切り（例: 注射後の 300 s）、ビンごとに各行動を表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Videos</source>
        <translation>すべての動画</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Track:</source>
        <translation>トラック:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with:</source>
        <translation>比較対象:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time bins:</source>
        <translation>時間ビン:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Videos:</source>
        <translation>動画:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The table, the transitions, time bins and agreement of the pooled selection or of one video.</source>
        <translation>選択範囲をまとめた結果、または 1 本の動画について、表、遷移、時間ビン、一致度を表示します。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Seconds of each behavior per time bin:</source>
        <translation>時間ビンごとの各行動の秒数:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Confusion matrix in frames (rows: the track, columns: the compared track):</source>
        <translation>フレーム単位の混同行列（行: このトラック、列: 比較対象のトラック）:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethogram</source>
        <translation>エソグラム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time Budget</source>
        <translation>時間配分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over Time</source>
        <translation>時間変化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transitions</source>
        <translation>遷移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>一致度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export...</source>
        <translation>エクスポート...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every plot as PNG, PDF and SVG with its numbers as CSV, and the statistics as CSV, into a folder.</source>
        <translation>すべてのグラフを PNG、PDF、SVG 形式で、その数値を CSV で、統計を CSV で、フォルダーに書き出します。</translation>
    </message>
    <message numerus="yes">
        <location line="+292"/>
        <source>The selection, pooled (%n video(s))</source>
        <translation>
            <numerusform>選択範囲のまとめ（%n 本の動画）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Reading and fusing the predictions of %n video(s)...</source>
        <translation>
            <numerusform>%n 本の動画の予測を読み込んで融合しています...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project has no labels or predictions yet.</source>
        <translation>このプロジェクトにはまだラベルも予測もありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the chosen videos has the track &quot;%1&quot;.</source>
        <translation>選択した動画のどれにもトラック「%1」がありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %2 frames labeled in %n video(s).</source>
        <translation>
            <numerusform>%n 本の動画で、%2 フレーム中 %1 フレームにラベルが付いています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Reading and fusing the predictions of %n more video(s)...</source>
        <translation>
            <numerusform>さらに %n 本の動画の予測を読み込んで融合しています...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The predictions could not be read: %1</source>
        <translation>予測を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared frames</source>
        <translation>比較したフレーム数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>正解率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohen のカッパ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macro F1</source>
        <translation>マクロ F1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a track under &quot;Compare with&quot; to see how well two tracks agree.</source>
        <translation>2 つのトラックの一致度を見るには、「比較対象」でトラックを選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; compared with &quot;%2&quot; on the frames labeled in both.</source>
        <translation>「%1」と「%2」を、両方でラベル付けされたフレームで比較しています。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Behavior</source>
        <translation>行動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames</source>
        <translation>フレーム数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of labeled</source>
        <translation>ラベル付き時間に対する %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bouts</source>
        <translation>バウト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean bout (s)</source>
        <translation>平均バウト長 (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median bout (s)</source>
        <translation>バウト長の中央値 (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First bout at (s)</source>
        <translation>最初のバウトの開始 (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First bout at (s), mean</source>
        <translation>最初のバウトの開始 (s)、平均</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Bin (s)</source>
        <translation>時間ビン (s)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Export Statistics To</source>
        <translation>統計のエクスポート先</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Export Statistics</source>
        <translation>統計のエクスポート</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The statistics could not be exported: %1
Choose a folder you can write to.</source>
        <translation>統計をエクスポートできませんでした: %1
書き込み可能なフォルダーを選択してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Wrote %n file(s) into %1.</source>
        <translation>
            <numerusform>%1 に %n 個のファイルを書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ethoscribe::TaskList</name>
    <message>
        <location filename="../ui/tasks/TaskList.cpp" line="+24"/>
        <source>Nothing is running.</source>
        <translation>実行中の処理はありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jobs that ended, newest first.</source>
        <translation>終了したジョブ（新しい順）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent:</source>
        <translation>最近:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this job; what it finished is kept.</source>
        <translation>このジョブを停止します。完了した部分は保持されます。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
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
            <numerusform> (他 %n 件)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ethoscribe::TimelineWidget</name>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="+36"/>
        <source>Click or drag to move the playhead. Shift+drag selects frames; then press a behavior key to label them. Wheel zooms, Shift+wheel scrolls, double-click shows the whole video.</source>
        <translation>クリックまたはドラッグで再生位置を移動します。Shift+ドラッグでフレームを選択し、行動キーを押すとラベルが付きます。ホイールでズーム、Shift+ホイールでスクロール、ダブルクリックで動画全体を表示します。</translation>
    </message>
</context>
<context>
    <name>ethoscribe::VideoPlayer</name>
    <message>
        <location filename="../ui/player/VideoPlayer.cpp" line="+32"/>
        <location line="+100"/>
        <source>No video open.
Use File &gt; Add Videos or File &gt; Open Demo.</source>
        <translation>動画が開かれていません。
[ファイル] &gt; [動画を追加] または [ファイル] &gt; [デモを開く] を使用してください。</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>One frame back (Left)</source>
        <translation>1 フレーム戻る (←)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One frame forward (Right)</source>
        <translation>1 フレーム進む (→)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play or pause (Space)</source>
        <translation>再生 / 一時停止 (Space)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1x</source>
        <translation>%1倍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Playback speed</source>
        <translation>再生速度</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Frame %1 could not be decoded: %2</source>
        <translation>フレーム %1 をデコードできませんでした: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opening %1 ...</source>
        <translation>%1 を開いています...</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Frame %1 / %2   %3 / %4</source>
        <translation>フレーム %1 / %2   %3 / %4</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+44"/>
        <source>Ethoscribe: per-frame behavior labels (ethograms) from home-cage mouse videos.</source>
        <translation>Ethoscribe: ホームケージのマウス動画からフレームごとの行動ラベル（エソグラム）を作成します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the version and library versions.</source>
        <translation>バージョンとライブラリのバージョンを表示します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the demo project in &lt;folder&gt;; synthetic cage videos are generated there first if it has none.</source>
        <translation>&lt;フォルダー&gt; のデモプロジェクトを開きます。合成ケージ動画がなければ先に生成します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window to &lt;file&gt; after &lt;ms&gt; and quit (for documentation and checks).</source>
        <translation>&lt;ms&gt; 後にウィンドウの画像を &lt;ファイル&gt; に保存して終了します（ドキュメントや確認用）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delay before the screenshot (default 4000).</source>
        <translation>スクリーンショットまでの待ち時間（既定 4000）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A project (.ethoproj) or videos to open.</source>
        <translation>開くプロジェクト (.ethoproj) または動画。</translation>
    </message>
</context>
</TS>
