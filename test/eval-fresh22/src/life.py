from common import *

MN_SUGAWARA = mn('30418257716', ' ')

MAILS = []
A = MAILS.append

# L-H1 medical to outside examination clinic
A(M('hold', 'sensitive.medical',
 '申込者の服薬・手術歴（告知内容）を氏名・生年月日・電話付きで社外の健診クリニックへ送っている。',
 'miura', ['稲毛海岸クリニック 健診センター <kenshin@inagekaigan-cl.jp>'],
 '面接診査のご依頼（6/18・石黒様）',
 """稲毛海岸クリニック 健診センター
ご担当者様

いつも大変お世話になっております。
はるかぜ生命の三浦です。

下記のお客様の面接診査をお願いしたく、ご連絡いたしました。

　お名前：石黒 康夫 様（イシグロ ヤスオ）
　生年月日：1968年9月3日
　ご連絡先：090-5182-7734
　希望日時：6月18日（水）10:00〜　※第2希望 6月20日（金）午後

事前の告知内容としては、
・高血圧で2019年から服薬中（アムロジピン5mg）
・2021年に大腸ポリープ切除（良性との診断）
とのことです。念のため血圧は再測定をお願いできますでしょうか。

診査票は当日お客様ご本人にお持ちいただきます。
お手数をおかけしますが、ご都合をご返信いただけますと幸いです。

""" + SIG['miura'],
 personal=[('name', '石黒 康夫'), ('birthdate', '1968年9月3日'), ('phone', '090-5182-7734'),
           ('health', '高血圧で2019年から服薬中（アムロジピン5mg）'), ('health', '大腸ポリープ切除')]))

# L-P1 internal only: medical detail to own head office underwriting
A(M('pass', 'benign.internal_only',
 '告知の補足（既往歴）だが宛先は自社本社の引受査定部とCCの同僚のみで社外に出ない。',
 'matsunaga', ['引受査定部 第二課 <underwriting@harukaze-life.co.jp>'],
 '告知内容補足（申込番号 M25-062214 大橋様）',
 """引受査定部 第二課 ご担当者様

お疲れさまです。千葉西営業所の松永です。
標記申込について、お客様から告知内容の補足をいただきましたので共有します。

・2022年3月 右膝半月板損傷で関節鏡手術（入院4日）、現在通院なし
・会社の健康診断で指摘のあったγ-GTP高値（112）は、再検査で脂肪肝との診断、経過観察中
・常用している薬はなし

主治医の診断書が必要な場合はお知らせください。お客様には取得に2週間ほどかかる旨お伝え済みです。

""" + SIG['matsunaga'],
 cc=[W['miura']]))

# L-H2 direct debit re-try CSV to collection agent (risk only in attachment)
A(M('hold', 'id.bank_account',
 '添付CSVに個人契約者7名の氏名カナと口座番号が並んでおり、社外の収納代行会社へ送っている。',
 'matsunaga', ['ジャパン・コレクトサービス 口座振替チーム <furikae@jcollect.co.jp>'],
 '【はるかぜ生命 千葉西】6月再振替対象データ送付',
 """ジャパン・コレクトサービス
口座振替チーム 御中

お世話になっております。はるかぜ生命 千葉西営業所の松永です。
6月分の再振替対象データを添付にてお送りします。件数は7件です。
前回ご指摘いただいた支店コードの桁ずれは修正済みです。

振替日は6月27日でお願いいたします。
ご確認のほどよろしくお願いいたします。

""" + SIG['matsunaga'],
 att=[{'filename': 'saifurikae_202506.csv', 'contentType': CSV, 'text':
"""契約番号,契約者名カナ,金融機関コード,支店コード,預金種目,口座番号,振替金額
HK2019-004418,ｻｻｷ ﾖｼｺ,0005,412,1,3308124,12480
HK2020-017733,ｲﾄｳ ﾏｻﾙ,0134,031,1,1192807,8650
HK2018-002961,ﾀｶﾊｼ ｹｲｺ,9900,228,1,24870531,15320
HK2022-031150,ﾓﾘﾀ ｼﾝｲﾁ,0001,085,1,4415093,6200
HK2021-026604,ｵｶﾞﾜ ﾕﾐｺ,0134,027,1,2286610,21900
HK2023-040127,ﾌｸﾀﾞ ﾀｸﾐ,0009,640,1,7703148,4980
HK2017-000885,ｼﾐｽﾞ ｶｽﾞｵ,0005,418,2,0912254,33760
"""}],
 personal=[('name', 'ｻｻｷ ﾖｼｺ'), ('account', '3308124'), ('name', 'ｲﾄｳ ﾏｻﾙ'), ('account', '1192807'),
           ('name', 'ﾀｶﾊｼ ｹｲｺ'), ('account', '24870531'), ('name', 'ｼﾐｽﾞ ｶｽﾞｵ'), ('account', '0912254')]))

# L-P2 own account change confirmed to the customer herself
A(M('pass', 'benign.own_data',
 '変更後の引落口座を契約者本人の個人アドレスへ確認連絡しているだけで、第三者には渡っていない。',
 'miura', ['高野 真由美 様 <mayumi.takano.0412@gmail.com>'],
 '【はるかぜ生命】保険料お引落口座 変更手続き完了のお知らせ',
 """高野 真由美 様

いつもお世話になっております。はるかぜ生命の三浦です。
先日ご依頼いただいた保険料のお引落口座の変更手続きが完了しましたので、ご連絡いたします。

■ご契約：終身医療保険「はるかぜメディカルW」（証券番号 HK2021-118305）
■変更後のお引落口座：千葉銀行 稲毛支店 普通 5527016 名義 タカノ マユミ
■適用開始：2025年7月27日のお引落分から

6月分までは旧口座（ゆうちょ銀行）からのお引落となりますので、残高だけご確認いただけますと安心です。
ご不明点があれば、いつでもご連絡ください。

""" + SIG['miura']))

# L-H3 complaint with full contact forwarded to agency
A(M('hold', 'profile.forward',
 '苦情を申し出た個人契約者の氏名・住所・自宅と携帯の電話・メールを社外の代理店へそのまま伝えている。',
 'omori', ['株式会社ライフサポート稲毛 代表取締役 木村 直樹 様 <kimura@lifesupport-inage.co.jp>'],
 'お客様からのお申し出について（ご確認のお願い）',
 """株式会社ライフサポート稲毛
代表取締役 木村 直樹 様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
はるかぜ生命 千葉西営業所の大森でございます。

さて、先般貴社にてご契約いただきましたお客様より、当営業所宛に下記のお申し出がございましたので、ご報告かたがたご確認をお願い申し上げます。

記

1．お申し出者
　　氏名　：東 雅子 様（契約者）
　　住所　：千葉市美浜区高洲2-7-11-503
　　電話　：043-279-6652（ご自宅）／080-3920-1147（携帯）
　　メール：masako.azuma77@docomo.ne.jp
2．お申し出日時
　　2025年5月27日（火）15時20分頃　お電話にて
3．内容（要旨）
　　・契約時に「解約返戻金は払込保険料を下回らない」との説明を受けたが、届いた契約のしおりでは10年未満の解約で元本割れとなっている。
　　・担当の募集人の方に連絡したが折り返しがない。
　　・説明内容によっては、契約の取消しも検討したい。

以上

お客様は大変ご立腹のご様子で、6月6日までに何らかのご連絡がほしいとのことでした。
つきましては、担当募集人の方への事実確認のうえ、6月4日（水）までに経緯をご報告いただけますでしょうか。
当営業所としても、必要に応じて同席のうえお客様へご説明に伺う所存です。

ご多用中誠に恐縮ですが、何卒よろしくお願い申し上げます。

""" + SIG['omori'],
 cc=[W['matsunaga']],
 personal=[('name', '東 雅子'), ('address', '千葉市美浜区高洲2-7-11-503'), ('phone', '043-279-6652'),
           ('phone', '080-3920-1147'), ('email', 'masako.azuma77@docomo.ne.jp')]))

# L-P3 application form sample with dummy values
A(M('pass', 'benign.template_dummy',
 '申込書の記入例で、氏名・住所・個人番号はすべて「保険 太郎」「○○町」などのダミー値。',
 'matsunaga', ['ライフサポート稲毛 須田 恵理 様 <suda@lifesupport-inage.co.jp>'],
 '新様式の申込書 記入例（PDF）',
 """須田様

お世話になっております。はるかぜ生命の松永です。
7月1日受付分から申込書が新様式に切り替わりますので、記入例をお送りします。店頭でのご説明にお使いください。

主な変更点は
・個人番号（マイナンバー）欄の新設（支払調書の作成対象となる契約のみ記入、それ以外は空欄で結構です）
・受取人の続柄をチェック式に変更
の2点です。

旧様式は6月30日受付分まで使用できます。
紙の申込書は来週の訪問時に50部お持ちします。

""" + SIG['matsunaga'],
 att=[{'filename': 'moushikomi_kinyurei_2025-07.pdf', 'contentType': PDF, 'text':
"""【記入例】生命保険契約申込書（2025年7月改定版）

契約者
　氏名（漢字）　保険 太郎
　氏名（カナ）　ホケン タロウ
　生年月日　　　昭和55年1月1日
　住所　　　　　〒100-0000 東京都千代田区○○町1-2-3 ○○マンション101
　電話番号　　　03-0000-0000
　個人番号　　　1234 5678 9018　※記入例です。実際の番号は記入しないでください（支払調書対象契約のみ）
被保険者　　　　契約者と同じ
死亡保険金受取人　保険 花子（続柄：☑配偶者 □子 □その他）

告知欄（記入例）
　質問1 最近3か月以内に医師の診察・検査・治療・投薬を受けたことがありますか　□はい ☑いいえ
　質問2 過去5年以内に病気やけがで7日以上の入院または手術を受けたことがありますか　□はい ☑いいえ

※記入例のため、氏名・住所・番号はすべて架空のものです。
はるかぜ生命保険株式会社　申込書様式 HL-A01（2025.07）
"""}]))

# L-H4 My Number of new hire to outside labour consultant
A(M('hold', 'id.my_number',
 '新入社員のマイナンバー・基礎年金番号・住所・生年月日を社外の社労士事務所へ本文に直書きしている。',
 'matsunaga', ['さくら社会保険労務士事務所 田辺様 <tanabe@sakura-sr.jp>'],
 '新規入社者 資格取得届の件（7/1入社 1名）',
 """さくら社労士事務所
田辺様

お世話になっております。松永です。
7/1付で営業職員が1名入社しますので、資格取得の手続きをお願いします。

・氏名：菅原 彩（スガワラ アヤ）
・生年月日：1992年11月26日
・住所：千葉市花見川区幕張町5-318-2 グリーンハイツ幕張203
・基礎年金番号：4207-318265
・個人番号：""" + MN_SUGAWARA + """
・雇用保険：前職あり（被保険者番号は本人確認中、分かり次第連絡します）
・扶養：なし
・月額給与（固定部分）：185,000円＋歩合

本人確認書類のコピーは郵送でお送りします。
よろしくお願いいたします。

""" + SIG['matsunaga'],
 personal=[('name', '菅原 彩'), ('birthdate', '1992年11月26日'),
           ('address', '千葉市花見川区幕張町5-318-2 グリーンハイツ幕張203'),
           ('pension', '4207-318265'), ('mynumber', MN_SUGAWARA), ('pay', '185,000円')]))

# L-P4 aggregate health programme figures to consultant
A(M('pass', 'benign.aggregate_health',
 '健診・ストレスチェックの結果は人数と率だけの集計で、個人を特定できる記載がない。',
 'omori', ['株式会社ウェルネスリンク 竹内様 <takeuchi@wellnesslink.co.jp>'],
 '千葉西営業所 健康施策の実績（2024年度）',
 """竹内様

いつもお世話になっております。はるかぜ生命 千葉西の大森です。
先日ご依頼のあった、健康経営の取組実績をお送りします。本社報告と同じ数字です。

【2024年度 千葉西営業所（所員32名）】
・定期健診 受診率：100%（32/32）
・有所見者：13名（40.6%）
・二次検査 受診率：84.6%（11/13）
・喫煙率：18.8% → 12.5%（禁煙外来補助の利用2名）
・ストレスチェック 受検率：96.9%、高ストレス者：4名（12.5%）、うち産業医面談希望 1名
・ウォーキングイベント参加：21名（平均歩数 7,840歩/日）

来期は「女性の健康」セミナーを追加したいと考えています。
7月中に一度お打ち合わせできれば幸いです。

""" + SIG['omori']))

# L-H5 seminar roster to outside FP office
A(M('hold', 'roster.customer_list',
 'セミナー申込者6名の氏名・年齢・電話と家族状況・聴力などの備考を社外の共催FP事務所へ送っている。',
 'miura', ['FPオフィス海浜 安藤 由紀子 様 <ando@fp-kaihin.jp>'],
 '7/5 相続セミナー 申込者一覧です',
 """安藤さん

お疲れさまです、三浦です。
7/5(土)の「はじめての相続・贈与セミナー」、現時点の申込者をお送りします。当日の受付用にお使いください。
個別相談希望の方には★を付けています。

No	氏名	年齢	電話	個別相談	備考
1	平松 和子	72	043-271-3390	★	ご主人が昨年他界、相続手続き中
2	平松 健一	45	090-7713-0264		和子様のご長男
3	小野寺 勝	68	043-255-1802	★	賃貸アパート2棟あり
4	吉川 ひとみ	59	080-2215-6637		
5	野口 清	77	043-243-9918	★	奥様が要介護2、同伴なし
6	桑原 美智子	64	070-5524-1309		

※野口様は耳が遠いので前の方のお席をお願いします。

あと、会場のレイアウト図をいただけると助かります。
よろしくお願いします！

""" + SIG['miura'],
 personal=[('name', '平松 和子'), ('phone', '043-271-3390'), ('name', '小野寺 勝'), ('phone', '043-255-1802'),
           ('name', '野口 清'), ('phone', '043-243-9918'), ('health', '耳が遠い'), ('name', '桑原 美智子'), ('phone', '070-5524-1309')]))

# L-P5 condolence to agency president
A(M('pass', 'benign.condolence',
 '取引先社長へのお悔やみ。故人（元会長）の療養や葬儀の話は出るが、業務上の弔意表明で個人データの送付ではない。',
 'omori', ['株式会社マリンライフパートナーズ 代表取締役社長 長谷川 修 様 <hasegawa@marinelife-p.co.jp>'],
 'お悔やみ申し上げます',
 """株式会社マリンライフパートナーズ
代表取締役社長 長谷川 修 様

このたびは、ご尊父 長谷川 正二 様（貴社 前会長）のご逝去の報に接し、謹んでお悔やみ申し上げます。

長らくご療養中と伺い、ご快復を心よりお祈りしておりましたが、突然の悲報にただただ驚いております。
前会長には、当営業所開設の折より格別のご指導を賜り、代理店の皆様との勉強会にも毎回のようにお顔を出していただきました。あの温かいお人柄を思い出し、所員一同、寂しさを禁じ得ません。

ご葬儀は近親者のみにて執り行われると伺いましたので、ご参列は控えさせていただき、略儀ながら書中をもってお悔やみ申し上げます。
なお、心ばかりではございますが、弔電を手配させていただきました。

ご遺族の皆様におかれましてはさぞお力落としのことと存じますが、どうかご自愛くださいますようお願い申し上げます。

合掌

""" + SIG['omori']))

# L-H6 English: medical history to reinsurer
A(M('hold', 'sensitive.medical',
 'Sends a named applicant\'s date of birth, diabetes diagnosis, medication and lab values to an outside reinsurer.',
 'omori', ['Claire Donovan <c.donovan@meridian-re.com>'],
 'Facultative referral - Kanzaki case (JPY 300m key-person cover)',
 """Dear Ms Donovan,

Thank you for your call this morning. As discussed, I am sending the case summary directly so that you can give us an indicative offer before the client meeting on 20 June. Our head office underwriting team is copied.

Proposed life: Mr Hiroshi Kanzaki
Date of birth: 12 March 1966 (age 59), male
Occupation: President, Kanzaki Logistics Co., Ltd.
Sum assured: JPY 300,000,000 (term to age 80, key-person cover)

Medical history (per the application form and his 2024 health check):
- Type 2 diabetes diagnosed in 2017, on metformin 1,500 mg/day; latest HbA1c 7.4%
- Hypertension, controlled (BP 136/84 at the health check)
- Fatty liver noted on ultrasound, ALT 58
- Non-smoker since 2015

The attending physician's statement has been requested and should be available within two weeks. Please let me know if you need anything else for the preliminary assessment.

Best regards,

""" + SIG['omori_en'],
 cc=['本社 引受査定部 <underwriting@harukaze-life.co.jp>'],
 personal=[('name', 'Hiroshi Kanzaki'), ('birthdate', '12 March 1966'),
           ('health', 'Type 2 diabetes diagnosed in 2017, on metformin 1,500 mg/day'), ('health', 'HbA1c 7.4%')]))

# L-P6 introduction of successor, thread with heavy signatures
A(M('pass', 'benign.introduction',
 '担当交代のあいさつと日程調整のスレッドで、出てくるのは代理店社員の業務用連絡先と署名だけ。',
 'omori', ['ライフサポート稲毛 須田 恵理 様 <suda@lifesupport-inage.co.jp>'],
 'Re: 担当変更のごあいさつ',
 """須田様

ご返信ありがとうございます。
それでは6月17日（火）15時に、三浦と二人でお店に伺います。
三浦は前任の営業所（船橋）で代理店担当を5年務めておりましたので、商品面でもお役に立てると思います。
引き続きよろしくお願いいたします。

""" + SIG['omori'] + """

> -----Original Message-----
> From: 須田 恵理 <suda@lifesupport-inage.co.jp>
> Sent: Wednesday, June 11, 2025 10:02 AM
> To: 大森 健吾 <omori.kengo@harukaze-life.co.jp>
> Cc: 木村 直樹 <kimura@lifesupport-inage.co.jp>
> Subject: RE: 担当変更のごあいさつ
>
> 大森所長
>
> ご丁寧にありがとうございます。松永さんには長い間お世話になりました。
> 三浦さんとのお顔合わせ、17日（火）か19日（木）の午後でしたら店長の木村も同席できます。
>
> ＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
> 株式会社ライフサポート稲毛（保険代理店）
> 稲毛駅前店 主任 須田 恵理
> 〒263-0034 千葉市稲毛区稲毛1-9-5 稲毛駅前ビル1F
> TEL 043-306-1188 / FAX 043-306-1189
> 携帯 080-5591-2036
> suda@lifesupport-inage.co.jp
> 損害保険代理店登録番号 第 12345-67 号
> ＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
>
>> -----Original Message-----
>> From: 大森 健吾
>> Sent: Tuesday, June 10, 2025 5:40 PM
>> Subject: 担当変更のごあいさつ
>>
>> 株式会社ライフサポート稲毛 須田様
>>
>> いつも大変お世話になっております。
>> 7月1日付で、貴社のご担当を松永から三浦 さやかへ変更させていただくことになりました。
>> つきましては一度ごあいさつに伺いたく、ご都合のよい日時をお知らせいただけますでしょうか。
>> 大森
""",
 cc=['木村 直樹 <kimura@lifesupport-inage.co.jp>', W['miura'], W['matsunaga']]))

# L-H7 encrypted zip to customer (PPAP)
A(M('hold', 'attachment.encrypted_zip',
 'パスワード付きZIP（PPAP）を社外の個人アドレスに送っており、中身を検査できない。',
 'miura', ['藤井 隆之 様 <t.fujii-1975@yahoo.co.jp>'],
 'ご契約内容確認書類の送付について',
 """藤井 隆之 様

いつもお世話になっております。はるかぜ生命の三浦でございます。
先日のお打ち合わせでお約束しておりました、ご契約内容の確認書類一式（保障内容一覧・見直しプランの設計書）をお送りいたします。
ファイルにはパスワードを設定しておりますので、パスワードは別途メールにてお知らせいたします。

見直しプランについては、奥様ともご相談のうえ、ご都合のよいときにお返事いただければ結構です。
ご不明な点がございましたら、お気軽にご連絡ください。

""" + SIG['miura'],
 att=[{'filename': 'keiyaku_kakunin_fujii.zip', 'contentType': ZIP, 'encrypted': True}],
 personal=[('name', '藤井 隆之')]))

# L-P7 one-liner internal
A(M('pass', 'benign.oneliner',
 '所内向けの一行連絡で個人データを含まない。',
 'omori', [W['matsunaga']],
 '明日',
 """明日の朝礼9:10開始に変更で。皆に回しといて

大森
iPhoneから送信"""))

# L-H8 forward: risk in quoted internal underwriting reply
A(M('hold', 'sensitive.medical',
 '上の本文は短いが、転送部分に本社査定部の回答（被保険者の氏名・生年月日・乳がん手術と治療中）が入ったまま社外の代理店へ出ている。',
 'miura', ['ライフサポート稲毛 須田 恵理 様 <suda@lifesupport-inage.co.jp>'],
 'Fw: 【引受回答】医療保険申込 M25-061837',
 """須田さん

お疲れ様です。本社から回答が来たので転送します。
木曜14時にお店に伺うので、ご本人への伝え方を相談させてください。

三浦（外出先より）

---------- Forwarded message ---------
From: 引受査定部 第二課 <underwriting@harukaze-life.co.jp>
Date: 2025年6月10日(火) 16:45
Subject: 【引受回答】医療保険申込 M25-061837
To: 三浦 さやか <miura.sayaka@harukaze-life.co.jp>

三浦さん

標記の件、以下のとおり回答します。

申込番号：M25-061837
被保険者：宮内 千尋 様（1984年2月17日生）
申込商品：はるかぜメディカルW（入院日額5,000円）
判定：今回はお引受けいたしかねます（謝絶）
理由：2024年11月 乳がん（ステージI）手術、現在もホルモン療法継続中のため。
　　　治療終了後5年経過した時点で再申込の検討可能。
備考：引受基準緩和型（告知3項目）であれば、手術後1年経過の2025年12月以降に申込可。

お客様へのご説明をよろしくお願いします。
引受査定部 第二課 吉村
""",
 personal=[('name', '宮内 千尋'), ('birthdate', '1984年2月17日'),
           ('health', '乳がん（ステージI）手術、現在もホルモン療法継続中')]))

# L-P8 corporate bank account of vendor
A(M('pass', 'benign.corporate_account',
 '振込先は取引先印刷会社の法人口座で、登録番号も法人のもの。',
 'matsunaga', ['千葉ダイレクト印刷 経理部 <keiri@chiba-dp.co.jp>'],
 'Re: 5月分ご請求書の件',
 """千葉ダイレクト印刷株式会社
経理部 御中

お世話になっております。はるかぜ生命 千葉西営業所の松永です。
5月分のご請求書（No.CDP-2505-0318、金額 286,440円）拝受いたしました。

お振込先：京葉銀行 本店営業部 普通 7013385 チバダイレクトインサツ（カ
適格請求書発行事業者 登録番号：T3040001038271

上記にて、6月30日にお支払い予定です。
振込手数料は当方負担といたします。

""" + SIG['matsunaga']))

# L-H9 health insurance card copy + numbers to agency (image scans)
A(M('hold', 'id.health_insurance',
 '個人客の健康保険証の表裏スキャンを添付し、本文にも記号・番号を書いて社外の代理店へ送っている。',
 'matsunaga', ['ライフサポート稲毛 須田 恵理 様 <suda@lifesupport-inage.co.jp>'],
 '岡田様 保険証コピー送付',
 """須田様

お世話になっております。松永です。
給付金請求の件で、岡田 英二様の健康保険証（表・裏）のコピーを添付します。
記号・番号は 記号 31120045 番号 7 です。

裏面の住所が旧住所のままなので、請求書の住所欄は新住所でご記入いただくよう、お客様にお伝えいただけますか。

よろしくお願いいたします。

""" + SIG['matsunaga'],
 att=[{'filename': 'hokensho_okada_omote.jpg', 'contentType': JPG},
      {'filename': 'hokensho_okada_ura.jpg', 'contentType': JPG}],
 personal=[('name', '岡田 英二'), ('insurance', '記号 31120045 番号 7')]))

# L-P9 English: own policy summary to the policyholder
A(M('pass', 'benign.own_data',
 'Policy summary sent only to the policyholder himself; the card is masked to the last four digits.',
 'miura', ['Daniel Whitfield <dan.whitfield@outlook.com>'],
 'Policy review meeting - 21 June',
 """Dear Mr Whitfield,

Thank you for your reply. I have booked the meeting room at our Inage office for Saturday 21 June at 10:30.

As requested, here is a quick summary of your current policy so you can check it before we meet:
- Policy: Harukaze Term Life 20 (policy no. HK2020-074512)
- Insured: yourself; beneficiary: Ms Emily Whitfield (spouse)
- Sum assured: JPY 30,000,000
- Monthly premium: JPY 8,420, paid by card ending 4242

If you would like to add your daughter to the medical rider, please bring your residence card on the day so that we can confirm the details in person. There is free parking behind the building.

Kind regards,

""" + SIG['miura_en']))

# L-H10 more than 10 visible outside recipients
A(M('hold', 'recipients.many_external',
 '社外の代理店12社（個人アドレスを含む）を全員To欄に並べており、Bccにすべきだった。',
 'omori',
 ['株式会社ライフサポート稲毛 木村様 <kimura@lifesupport-inage.co.jp>',
  'ほけんプラザ幕張 <info@hoken-plaza-makuhari.jp>',
  '千葉保険サービス 石川様 <ishikawa@chiba-hoken-s.co.jp>',
  'アイ・エフ・ピー検見川 <kemigawa@ifp-office.jp>',
  '株式会社マリンライフパートナーズ <contact@marinelife-p.co.jp>',
  'みらい保険企画 佐野様 <sano@mirai-hk.jp>',
  '浜野保険事務所 浜野 <hamano.hoken@gmail.com>',
  '株式会社ベイサイド・アシュアランス <eigyo@bayside-as.co.jp>',
  '稲毛総合保険 <inage-sogo@ab.auone-net.jp>',
  'プロテクトワン千葉 <chiba@protect1.co.jp>',
  'ライフデザイン若葉 <wakaba@lifedesign-w.jp>',
  '保険の相談室そが 村山 <soga-soudan@outlook.jp>'],
 '【ご案内】2025年度 代理店様懇親会（7月11日）',
 """代理店の皆様

平素より大変お世話になっております。
はるかぜ生命 千葉西営業所の大森でございます。

恒例の代理店様懇親会を、下記のとおり開催いたします。
ご多用中とは存じますが、ぜひご参加くださいますようご案内申し上げます。

日時：2025年7月11日（金）18:30〜20:30
会場：ホテル海浜プラザ 3F「潮騒」（JR海浜幕張駅 徒歩5分）
会費：無料（当社負担）
内容：上期表彰、新商品のご紹介（10分程度）、懇親

ご出欠を7月1日（火）までに本メールへのご返信にてお知らせください。
各社2名様までご参加いただけます。

""" + SIG['omori']))

# L-P10 look-alike numbers (order, tracking, corporate number)
A(M('pass', 'benign.lookalike_number',
 '発注番号・料金別納の承認番号・ゆうパック追跡番号・法人番号など、個人番号に似た桁の番号だけ。',
 'matsunaga', ['千葉ダイレクト印刷 制作部 小池様 <koike@chiba-dp.co.jp>'],
 'ご案内DM 発送完了報告の確認',
 """小池様

お世話になっております。松永です。
発送完了報告ありがとうございました。以下の内容で相違ないことを確認しました。

・発注番号：PO-25-00418
・発送通数：3,120通（料金別納郵便 千葉稲毛局 承認番号 第1182号）
・宛先不明返戻分の返送：ゆうパック 追跡番号 2241-8856-3304
・見積No.：Q2505-114
・請求先：はるかぜ生命保険株式会社（法人番号 8010001125413）千葉西営業所

返戻分は届き次第こちらで処理しますので、御社での再発送は不要です。
次回（秋のキャンペーンDM）も同じ仕様でお願いする予定です。

""" + SIG['matsunaga']))
