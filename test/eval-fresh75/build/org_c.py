"""Org C: employment-transition support office 就労移行支援事業所 ステップワークス汐見."""
from common import mail, att, enc_zip, t, XLSX, DOCX, PDF, CSV, ZIP

ORG = "C"
DOM = "stepworks.example.jp"

YOSHINAGA = "吉永 千尋 <yoshinaga@stepworks.example.jp>"
MIURA = "三浦 隼人 <miura.h@stepworks.example.jp>"
HASEBE = "長谷部 紀子 <hasebe@stepworks.example.jp>"

SIG_YOSHINAGA = t("""
――――――――――――――――――――――
就労移行支援事業所 ステップワークス汐見
サービス管理責任者／精神保健福祉士
吉永 千尋（よしなが ちひろ）
〒273-0011 千葉県汐見市湊町2-14-5 汐見駅前ビル4F
TEL 047-405-2281　FAX 047-405-2282
yoshinaga@stepworks.example.jp
――――――――――――――――――――――
""")

SIG_MIURA = t("""
ステップワークス汐見　就労支援員（職場開拓担当）
三浦 隼人　Hayato Miura
携帯：070-3318-5527（外出が多いため携帯へどうぞ）
事業所：047-405-2281
""")

SIG_HASEBE = t("""
-------------------------------------
株式会社ステップワークス 汐見事業所 事務
長谷部 紀子
TEL 047-405-2281（平日9:00-18:00）
FAX 047-405-2282
-------------------------------------
""")

MAILS = []
add = MAILS.append

# ---------------------------------------------------------------- holds
add(mail("hold", "sensitive.user_diagnosis_employer",
    "A named user's bipolar diagnosis, disability grade and medication are sent to a prospective employer.",
    "miura", "body", MIURA,
    ["ハーバー物流株式会社 人事部 障がい者雇用推進担当 村井様 <murai@harbor-logi.example.co.jp>"],
    "職場実習（5/13〜）の件：大西さんについて",
    """
ハーバー物流株式会社
人事部　村井様

いつもお世話になっております。ステップワークス汐見の三浦です。
5/13（月）から2週間の職場実習を予定している大西さんについて、
現場の方と共有いただきたい点をまとめましたのでお送りします。

【ご本人】大西 翔太さん（29歳）
【診断】双極性障害II型（2019年診断）
【手帳】精神障害者保健福祉手帳 2級
【服薬】炭酸リチウム、ラモトリギン（朝・夕）
　※服薬の影響で朝は少し動きがゆっくりになることがあります。
【配慮してほしい点】
・作業指示は口頭だけでなくメモでもいただけると助かります
・昼休憩は一人で静かに過ごせる場所があると安心されます
・気分の波が大きいときは自分から申し出るよう練習中です
　（「今日は少ししんどいです」等のサインがあれば、休憩を促してください）

初日は私も10時まで同行します。
何かありましたら携帯までお気軽にご連絡ください。

""" + SIG_MIURA,
    personal=[("name", "大西 翔太"), ("diagnosis", "双極性障害II型"),
              ("disability", "精神障害者保健福祉手帳 2級"), ("medication", "炭酸リチウム、ラモトリギン")]))

add(mail("hold", "sensitive.assessment_sheet_clinic",
    "The attached assessment sheet names a user with birth date, diagnoses and interview notes, sent outside to a clinic.",
    "yoshinaga", "attachment", YOSHINAGA,
    ["しおみ駅前メンタルクリニック 加賀美先生 <kagami@shiomi-mental.example.jp>"],
    "ご依頼の資料送付の件（5月受診分）",
    """
しおみ駅前メンタルクリニック
加賀美先生

いつも大変お世話になっております。ステップワークス汐見の吉永です。
先日お電話でご依頼いただいた資料を添付いたします。
5/20の受診時の参考にしていただければ幸いです。

ご本人様からは、先生との情報共有について同意書をいただいております。
ご不明な点がございましたら、お気軽にご連絡ください。

""" + SIG_YOSHINAGA,
    attachments=[att("アセスメントシート_202405.docx", DOCX, """
アセスメントシート（医療機関情報提供用）
作成日：2024年5月8日　作成者：吉永 千尋（サービス管理責任者）

利用者氏名：藤原 真琴（ふじわら まこと）
生年月日：1996年11月23日（27歳）
利用開始日：2023年10月2日
診断名：うつ病（反復性）、注意欠如・多動症（ADHD）
手帳：精神障害者保健福祉手帳 3級

1. 通所状況
 2月まで週5日通所（出席率92%）。3月中旬から朝の起床困難が続き、4月の出席率は58%。
2. 面談記録（抜粋）
 4/12「夜中に何度も目が覚める。薬を飲み忘れることが増えた」
 4/26「実習の話が出てから不安で、胃が痛くなる」
3. 支援員所見
 作業の正確性は高いが、予定変更時の混乱が大きい。服薬管理アプリの導入を検討中。
""")],
    personal=[("name", "藤原 真琴"), ("birthdate", "1996年11月23日"),
              ("diagnosis", "うつ病（反復性）、注意欠如・多動症（ADHD）")]))

add(mail("hold", "sensitive.user_message_forward_employer",
    "The quoted message from a user tells of her psychiatric involuntary admission and is forwarded to the employer with her name.",
    "miura", "quoted", MIURA,
    ["株式会社グリーンライフ 総務部 吉田様 <yoshida.k@greenlife.example.co.jp>"],
    "Fw: 面接の件で伝えておきたいこと",
    """
吉田様

お世話になっております。ステップワークス汐見の三浦です。
来週面接をしていただく原さんから、事前にお伝えしておいてほしいと
連絡がありましたので、そのまま転送いたします。
ご本人も、面接の場で口頭で説明するのは緊張するとのことでした。

面接当日は私も同席いたします。どうぞよろしくお願いいたします。

""" + SIG_MIURA + """
---------- Forwarded message ---------
From: 原 美咲 <misaki.hara.sw@gmail.com>
Date: 2024年5月7日(火) 22:14
Subject: 面接の件で伝えておきたいこと
To: 三浦 隼人 <miura.h@stepworks.example.jp>

三浦さん

夜遅くにすみません。原です。
グリーンライフさんの面接で、履歴書の空白期間を聞かれると思うので、
先に伝えてもらえると助かります。

2022年の9月から12月まで、統合失調症の急性期で医療保護入院していました。
退院してからは症状は落ち着いていて、今は月1回の通院と
2週間に1回の注射（持効性注射剤）で安定しています。

よろしくお願いします。
原
""",
    personal=[("name", "原 美咲"), ("diagnosis", "統合失調症の急性期で医療保護入院していました"),
              ("email", "misaki.hara.sw@gmail.com")]))

add(mail("hold", "sensitive.diagnosis_in_subject",
    "The subject names a user with schizophrenia and his disability grade, sent to the city office; the body is innocuous.",
    "hasebe", "subject", HASEBE,
    ["汐見市 障害福祉課 給付係 <shogai-kyufu@city.shiomi.example.lg.jp>"],
    "受給者証更新申請（田村 恵介さん／統合失調症・精神2級）書類送付のご連絡",
    """
汐見市役所 障害福祉課 給付係
ご担当者様

いつもお世話になっております。
就労移行支援事業所 ステップワークス汐見の長谷部でございます。

標記の件、本日付で申請書類一式を簡易書留にて郵送いたしました。
（お問い合わせ番号：145-72-03381-6）

同封書類
・支給申請書
・サービス等利用計画案（相談支援事業所作成分）
・医師意見書の写し

現在の受給者証の有効期限が5月31日のため、
審査の状況について後日お電話で確認させていただく場合がございます。
どうぞよろしくお願いいたします。

""" + SIG_HASEBE,
    personal=[("name", "田村 恵介"), ("diagnosis", "統合失調症・精神2級")]))

add(mail("hold", "attachment.encrypted_zip",
    "Monthly service records sent as an encrypted zip with the password by separate mail (PPAP).",
    "hasebe", "zip", HASEBE,
    ["汐見市 障害福祉課 給付係 <shogai-kyufu@city.shiomi.example.lg.jp>"],
    "4月分 サービス提供実績記録票の送付",
    """
汐見市役所 障害福祉課 給付係
ご担当者様

いつもお世話になっております。ステップワークス汐見の長谷部です。
4月分のサービス提供実績記録票（14名分）をお送りいたします。

ファイルにはパスワードを設定しております。
パスワードは別途メールにてご連絡いたします。

ご確認のほどよろしくお願い申し上げます。

""" + SIG_HASEBE,
    attachments=[enc_zip("実績記録票_202404.zip")]))

employers = [
    "ハーバー物流株式会社 村井様 <murai@harbor-logi.example.co.jp>",
    "株式会社グリーンライフ 吉田様 <yoshida.k@greenlife.example.co.jp>",
    "汐見クリーンサービス株式会社 佐藤様 <sato@shiomi-clean.example.co.jp>",
    "株式会社ベイサイドフーズ 人事課 <jinji@bayside-foods.example.co.jp>",
    "東和電子株式会社 総務部 平井様 <hirai@towa-denshi.example.co.jp>",
    "株式会社みなと印刷 管理部 <kanri@minato-print.example.co.jp>",
    "汐見中央病院 事務部 人事係 <jinji@shiomi-chuo-hp.example.or.jp>",
    "株式会社アークテック 人事部 岡田様 <okada@arktech.example.co.jp>",
    "株式会社しおみマート 汐見駅前店 店長 <ekimae@shiomi-mart.example.co.jp>",
    "社会福祉法人 潮風会 事務局 <jimu@shiokaze-kai.example.or.jp>",
    "株式会社千葉ロジスティクス 採用担当 <saiyo@chiba-logi.example.co.jp>",
    "汐見信用金庫 人事部 <jinji@shiomi-shinkin.example.co.jp>",
    "株式会社オフィスサポート湊 代表 中原様 <nakahara@os-minato.example.co.jp>",
]
add(mail("hold", "recipients.employer_seminar_to",
    "Thirteen employers from different organisations are listed openly in To; the list itself reveals who hires through the office.",
    "miura", "recipients", MIURA, employers,
    "【ご案内】6/14 企業向け事業所見学会・障害者雇用セミナー",
    """
企業ご担当者様

いつも大変お世話になっております。ステップワークス汐見の三浦です。
日頃より実習受け入れ・ご採用でお世話になっている企業の皆さまに、
見学会とミニセミナーのご案内をお送りいたします。

　日時：2024年6月14日（金）14:00〜16:30
　場所：ステップワークス汐見（汐見駅前ビル4F）
　内容：
　　14:00 事業所見学（訓練の様子をご覧いただけます）
　　14:45 セミナー「定着支援の実際 ― 入社後1年をどう支えるか」
　　15:45 座談会（採用企業様の事例紹介）
　定員：20名（先着順）

お申込みは6/7（金）までに、本メールへのご返信でお願いいたします。
皆さまのご参加を心よりお待ちしております。

""" + SIG_MIURA))

add(mail("hold", "id.mynumber_benefit_application",
    "A user's My Number, recipient-certificate number and disability-book number are written out for the consultation office.",
    "hasebe", "body", HASEBE,
    ["相談支援センターあおば 相談支援専門員 今井様 <imai@soudan-aoba.example.jp>"],
    "計画相談の件：近藤さんの申請書類について",
    """
相談支援センターあおば
相談支援専門員　今井様

お世話になっております。ステップワークス汐見の長谷部です。
近藤さんの支給決定更新の件、市に提出する申請書の記入欄について、
ご本人から預かっている情報を下記にお送りします。

　氏名：近藤 沙耶（こんどう さや）
　生年月日：1999年3月8日
　個人番号：520918374667
　受給者証番号：1203457781
　精神障害者保健福祉手帳：第 2-01847 号（3級）
　住所：千葉県汐見市潮見台3-8-12 サンハイツ潮見台202

申請書は今井様のほうでまとめて提出いただけるとのことで、
よろしくお願いいたします。署名欄はご本人が通所日に記入します。

""" + SIG_HASEBE,
    personal=[("name", "近藤 沙耶"), ("mynumber", "520918374667"), ("benefit_id", "1203457781"),
              ("disability", "第 2-01847 号（3級）"), ("address", "千葉県汐見市潮見台3-8-12 サンハイツ潮見台202")]))

add(mail("hold", "list.user_roster_consultant",
    "The attached roster gives every user's name, birth date, disability type and attendance rate to an outside consultant.",
    "yoshinaga", "attachment", YOSHINAGA,
    ["福祉経営ラボ 代表 小田切様 <odagiri@fukushi-keiei-lab.example.jp>"],
    "実地指導 事前確認資料の送付",
    """
福祉経営ラボ
小田切様

お世話になっております。ステップワークス汐見の吉永です。
来月の実地指導に向けた事前確認の件、ご依頼の資料をお送りします。

・利用者一覧（4月末時点）
・個別支援計画の作成状況（同シート2枚目）

特に、計画の更新が遅れている2名分について、
記録の整え方をご指導いただければと思います。
5/22（水）の訪問、どうぞよろしくお願いいたします。

""" + SIG_YOSHINAGA,
    attachments=[att("利用者一覧_202404.xlsx", XLSX, """
[利用者一覧]
No	氏名	生年月日	障害種別	診断名	手帳	利用開始	4月出席率
1	大西 翔太	1995/02/14	精神	双極性障害	精神2級	2023/06/01	88%
2	藤原 真琴	1996/11/23	精神	うつ病・ADHD	精神3級	2023/10/02	58%
3	原 美咲	1993/07/30	精神	統合失調症	精神2級	2023/04/03	95%
4	田村 恵介	1988/05/19	精神	統合失調症	精神2級	2022/12/01	76%
5	近藤 沙耶	1999/03/08	精神	社交不安障害	精神3級	2024/01/09	81%
6	和田 勇人	1990/09/02	知的	軽度知的障害	療育B2	2023/08/01	97%
[計画作成状況]
No	氏名	計画作成日	次回モニタリング	状態
2	藤原 真琴	2023/10/16	2024/04/16	更新遅れ
4	田村 恵介	2023/11/01	2024/05/01	更新遅れ
""")],
    personal=[("name", "大西 翔太"), ("birthdate", "1995/02/14"), ("diagnosis", "双極性障害"),
              ("name", "和田 勇人"), ("disability", "療育B2")]))

add(mail("hold", "sensitive.criminal_record_employer",
    "Tells an employer that a named user has a theft conviction with a suspended sentence and probation; criminal record about an identifiable person.",
    "miura", "body", MIURA,
    ["汐見クリーンサービス株式会社 業務部 佐藤様 <sato@shiomi-clean.example.co.jp>"],
    "和田さんの実習受け入れについて（事前のご相談）",
    """
汐見クリーンサービス株式会社
業務部　佐藤様

お世話になっております。ステップワークス汐見の三浦です。
先日ご相談した、和田さんの清掃実習の件です。

お電話でお伝えしきれなかった点を補足します。
和田 勇人さんは、2022年に窃盗（万引き）で懲役1年・執行猶予3年の判決を受けており、
現在も保護観察中です。地域生活定着支援センターと保護観察所とも連携しながら、
生活の立て直しを進めてきました。

ご本人は非常にまじめで、当事業所での清掃訓練の評価も高いです。
実習では、現金や私物を扱わないエリア（共用部・外周）から始めていただけると、
ご本人も安心できると思います。

ご判断にあたって気になる点があれば、何でもお聞かせください。

""" + SIG_MIURA,
    personal=[("name", "和田 勇人"), ("criminal_record", "窃盗（万引き）で懲役1年・執行猶予3年"),
              ("criminal_record", "保護観察中")]))

add(mail("hold", "personal.resume_forward",
    "The quoted user mail carries a full résumé (birth date, home address, mobile, history) forwarded to an employer.",
    "miura", "quoted", MIURA,
    ["東和電子株式会社 総務部 平井様 <hirai@towa-denshi.example.co.jp>"],
    "Fw: 履歴書の下書き（近藤）",
    """
平井様

お世話になっております。ステップワークス汐見の三浦です。
事務補助ポジションにご推薦したい近藤さんの履歴書です。
清書は面接当日に持参しますが、先に内容をご覧いただければと思い、
ご本人の下書きをそのまま転送いたします。

ご検討のほど、どうぞよろしくお願いいたします。

""" + SIG_MIURA + """
> From: 近藤 沙耶 <saya.kondo.0308@gmail.com>
> Date: 2024/05/09 19:33
> Subject: 履歴書の下書き
>
> 三浦さん　チェックお願いします。
>
> 氏名：近藤 沙耶（こんどう さや）
> 生年月日：1999年3月8日（25歳）
> 住所：〒273-0016 千葉県汐見市潮見台3-8-12 サンハイツ潮見台202
> 電話：080-4129-6637
> メール：saya.kondo.0308@gmail.com
> 学歴：2017年3月 千葉県立汐見南高等学校 卒業
> 　　　2021年3月 汐見女子大学 文学部 卒業
> 職歴：2021年4月 株式会社マリン商事 入社（営業事務）
> 　　　2023年3月 一身上の都合により退職
> 資格：日本商工会議所簿記検定3級、MOS Excel 365
> 本人希望：週4日・1日6時間からの勤務を希望します。
""",
    personal=[("name", "近藤 沙耶"), ("birthdate", "1999年3月8日"),
              ("address", "千葉県汐見市潮見台3-8-12 サンハイツ潮見台202"), ("phone", "080-4129-6637")]))

# ---------------------------------------------------------------- passes
add(mail("pass", "benign.employment_rate_consult",
    "Advice on the statutory disability employment rate with company-level aggregates only; no person is named.",
    "miura", "body", MIURA,
    ["株式会社アークテック 人事部 岡田様 <okada@arktech.example.co.jp>"],
    "Re: 障害者雇用率の算定についてのご質問",
    """
岡田様

お世話になっております。ステップワークス汐見の三浦です。
ご質問いただいた算定の件、分かる範囲でお答えします。
（最終的にはハローワークの担当窓口でのご確認をお願いいたします）

■法定雇用率
　2024年4月から2.5%、2026年7月から2.7%に引き上げ予定です。
■貴社の場合（常用労働者 412名で計算）
　412名 × 2.5% ＝ 10.3 → 必要数 10名
　現在の実雇用率：8.5名 ÷ 412名 ＝ 2.06%
　→ 不足は1.5名分です。
■短時間勤務のカウント
　週20時間以上30時間未満の方は0.5人、
　2024年度からは、精神障害のある方の週10〜20時間勤務も0.5人でカウントできます。

来年度に向けて、週20時間からの事務補助枠を2名分ご検討いただけると、
当事業所からもご紹介しやすいと思います。

""" + SIG_MIURA + """
> 三浦様
> 来年度の採用計画を立てるにあたり、当社の不足数の計算方法を確認させてください。
> 常用労働者は412名、現在雇用している方は短時間勤務を含め計8.5名のカウントです。
> アークテック 岡田
"""))

add(mail("pass", "benign.employment_verification_consent",
    "Employment verification for a former staff member, given with her written consent and limited to dates and job title.",
    "yoshinaga", "body", YOSHINAGA,
    ["社会福祉法人 潮風会 事務局 人事担当 岩崎様 <iwasaki@shiokaze-kai.example.or.jp>"],
    "在籍確認のご照会への回答",
    """
社会福祉法人 潮風会
事務局 人事担当　岩崎様

お世話になっております。ステップワークス汐見の吉永でございます。
5月10日付でご照会いただいた、当事業所元職員の在籍確認について回答いたします。

ご本人様から、貴法人への情報提供に関する同意書（5月9日付）を
当方でも受領しておりますので、下記の範囲でお答えいたします。

　氏名：北村 優子 様
　在籍期間：2019年4月1日 〜 2024年3月31日
　職名：就労支援員（常勤）

上記以外の事項（評価、退職理由等）については、当社規程により
回答を差し控えさせていただいております。ご了承ください。

""" + SIG_YOSHINAGA))

add(mail("pass", "benign.own_schedule_user",
    "A user receives her own monitoring interview schedule and a reminder of her own clinic visit; the data subject is the recipient.",
    "yoshinaga", "body", YOSHINAGA,
    ["藤原 真琴 <makoto.fujiwara1123@gmail.com>"],
    "モニタリング面談の日程について",
    """
藤原さん

こんにちは。ステップワークス汐見の吉永です。
昨日はお話を聞かせてくれてありがとうございました。

次回のモニタリング面談の日程を、下記で仮押さえしています。
　5月16日（木）13:30〜14:15　面談室B

面談では、
・4月の通所の振り返り（無理のないペースについて）
・服薬管理アプリを試してみた感想
・実習に向けた今後の進め方
の3点を一緒に確認できればと思います。

それから、5月20日（月）は加賀美先生の受診日でしたね。
当日は午前のプログラムはお休みで大丈夫です。
都合が悪ければ、遠慮なく返信か電話で教えてください。

""" + SIG_YOSHINAGA))

add(mail("pass", "benign.infection_aggregate_notice",
    "Influenza notice to internship partners giving counts and measures only; no user is named.",
    "yoshinaga", "body", YOSHINAGA,
    ["ハーバー物流株式会社 村井様 <murai@harbor-logi.example.co.jp>",
     "株式会社グリーンライフ 吉田様 <yoshida.k@greenlife.example.co.jp>"],
    "事業所内でのインフルエンザ発生と実習への対応について",
    """
実習受け入れ企業 ご担当者様

いつもお世話になっております。ステップワークス汐見の吉永です。

今週、当事業所の利用者・職員のうち計4名がインフルエンザA型と診断されました。
感染拡大防止のため、下記の対応を取っておりますのでご報告いたします。

・5/13〜5/15 の3日間、通所プログラムを午前のみに短縮
・発症者と同じグループの利用者は、実習を5/17まで延期
・実習中の利用者には毎朝の検温結果を支援員に報告するよう依頼
・職員は当面の間マスクを着用

貴社で実習中の方に発症者・濃厚接触者はおりません。
実習先での体調変化があった場合は、すぐにご連絡いただけますと幸いです。

""" + SIG_YOSHINAGA))

seminar_bcc = [
    "ハーバー物流株式会社 村井様 <murai@harbor-logi.example.co.jp>",
    "株式会社グリーンライフ 吉田様 <yoshida.k@greenlife.example.co.jp>",
    "汐見クリーンサービス株式会社 佐藤様 <sato@shiomi-clean.example.co.jp>",
    "株式会社ベイサイドフーズ 人事課 <jinji@bayside-foods.example.co.jp>",
    "東和電子株式会社 総務部 平井様 <hirai@towa-denshi.example.co.jp>",
    "株式会社みなと印刷 管理部 <kanri@minato-print.example.co.jp>",
    "汐見中央病院 事務部 人事係 <jinji@shiomi-chuo-hp.example.or.jp>",
    "株式会社アークテック 人事部 岡田様 <okada@arktech.example.co.jp>",
    "社会福祉法人 潮風会 事務局 <jimu@shiokaze-kai.example.or.jp>",
    "株式会社千葉ロジスティクス 採用担当 <saiyo@chiba-logi.example.co.jp>",
    "汐見信用金庫 人事部 <jinji@shiomi-shinkin.example.co.jp>",
    "株式会社オフィスサポート湊 中原様 <nakahara@os-minato.example.co.jp>",
    "湾岸ホテルサービス株式会社 人事部 <jinji@wangan-hotel-svc.example.co.jp>",
    "株式会社ソレイユ保育 本部 <honbu@soleil-hoiku.example.co.jp>",
    "汐見市社会福祉協議会 <info@shiomi-shakyo.example.or.jp>",
    "株式会社湊テクノ 総務課 <somu@minato-techno.example.co.jp>",
    "株式会社ブルーオーシャン商事 人事 <hr@blue-ocean-shoji.example.co.jp>",
    "医療法人 白砂会 事務長 <jimucho@shirasuna-kai.example.or.jp>",
    "株式会社しおかぜ薬局 管理本部 <kanri@shiokaze-ph.example.co.jp>",
    "京葉ビルメンテナンス株式会社 <info@keiyo-bm.example.co.jp>",
]
add(mail("pass", "benign.seminar_invite_bcc",
    "The same seminar invitation to twenty employers, this time correctly in BCC.",
    "miura", "recipients", MIURA,
    ["三浦 隼人 <miura.h@stepworks.example.jp>"],
    "【再送・BCC送信】6/14 企業向け事業所見学会・障害者雇用セミナーのご案内",
    """
企業ご担当者様

いつもお世話になっております。ステップワークス汐見の三浦です。
（本メールはBCCにて一斉送信しております）

6/14（金）に開催する見学会・セミナーのご案内を再送いたします。
先にお送りしたメールに誤りがございました。大変失礼いたしました。

　日時：2024年6月14日（金）14:00〜16:30
　場所：ステップワークス汐見（汐見駅前ビル4F）
　テーマ：「定着支援の実際 ― 入社後1年をどう支えるか」
　定員：20名（先着順）

お申込みは6/7（金）までに、三浦宛てにご返信ください。

""" + SIG_MIURA,
    bcc=seminar_bcc))

add(mail("pass", "benign.record_system_outage",
    "A billing-software outage report: 障害, 感染 and 隔離 refer to the PC and malware checks; no user data.",
    "hasebe", "subject", HASEBE,
    ["ケアソフト株式会社 サポートデスク <support@caresoft.example.co.jp>"],
    "【至急】請求ソフト起動障害について（事業所番号 1212400873）",
    """
ケアソフト株式会社
サポートデスク ご担当者様

お世話になっております。
ステップワークス汐見（事業所番号 1212400873）の長谷部です。

本日朝から、請求ソフト「ケアビリングPro」が起動しなくなる障害が発生しています。

・症状：起動時に「データベースに接続できません（E-2031）」と表示
・発生端末：事務用PC 1台（Windows 11）
・前日夕方にWindowsの更新プログラムが適用されていました
・念のためウイルススキャンを実施し、感染は検出されていません
・ネットワークから隔離はしておらず、他のソフトは正常です

5月10日が国保連への請求締切のため、
大変恐れ入りますが、本日中に遠隔サポートをお願いできませんでしょうか。
サポートID：CS-88214

""" + SIG_HASEBE))

add(mail("pass", "benign.curriculum_attachment",
    "A training curriculum attached for a university careers office; 障害 appears only in course titles and general content.",
    "yoshinaga", "attachment", YOSHINAGA,
    ["汐見女子大学 キャリアセンター 森田様 <morita@shiomi-joshi-u.example.ac.jp>"],
    "学生向け出前講座のプログラム案",
    """
汐見女子大学 キャリアセンター
森田様

お世話になっております。ステップワークス汐見の吉永です。
先日ご相談いただいた、学生向けの出前講座のプログラム案をお送りします。

福祉職を志望する学生さん向けと、障害のある学生さんご本人向けの
2本立てで考えてみました。内容や時間配分はご要望に合わせて調整いたします。

ご確認のほどよろしくお願いいたします。

""" + SIG_YOSHINAGA,
    attachments=[att("出前講座プログラム案.docx", DOCX, """
汐見女子大学 出前講座 プログラム案（2024年度後期）

講座A：福祉職をめざす学生向け（90分）
 1. 就労移行支援とは ― 障害者総合支援法の中の位置づけ
 2. 障害特性の理解（精神障害・発達障害・知的障害）
 3. 事例で考える「合理的配慮」
 4. 支援員の一日

講座B：障害のある学生向け（60分）
 1. 障害者雇用と一般雇用、どう違う？
 2. 障害者手帳と就職活動
 3. 大学在学中から使える支援機関
 4. 卒業生の声（動画）

講師：吉永 千尋（精神保健福祉士）、三浦 隼人（就労支援員）
""")]))

add(mail("pass", "benign.city_councillor_visit",
    "Arranging a visit by a named city councillor, a public figure acting in office; no user data.",
    "yoshinaga", "body", YOSHINAGA,
    ["北条まさと事務所 秘書 長尾様 <nagao@hojo-masato.example.jp>"],
    "北条議員の事業所ご視察について",
    """
北条まさと事務所
秘書　長尾様

お世話になっております。ステップワークス汐見の吉永でございます。
汐見市議会 北条 正人議員のご視察について、ご連絡ありがとうございます。

下記の内容でお受けいたします。

　日時：5月24日（金）10:00〜11:30
　場所：ステップワークス汐見（汐見駅前ビル4F）
　内容：
　　10:00 事業所概要のご説明（定着率・就職実績の推移）
　　10:30 訓練場面のご見学
　　11:00 意見交換（市の就労支援施策について）

訓練中の利用者の写真撮影はご遠慮いただいております。
議会報告用に写真が必要な場合は、職員のみの場面でご用意いたしますので
事前にお知らせください。

""" + SIG_YOSHINAGA))

add(mail("pass", "benign.office_numbers_billing",
    "A billing query to the federation quoting the office number, 法人番号 and error codes; no user is identified.",
    "hasebe", "body", HASEBE,
    ["国保連合会 障害者総合支援課 <shien-seikyu@kokuhoren-chiba.example.jp>"],
    "4月提供分 請求エラー（返戻）の照会",
    """
障害者総合支援課 ご担当者様

いつもお世話になっております。
就労移行支援事業所 ステップワークス汐見の長谷部でございます。

4月提供分の請求について、返戻の通知が届きましたので照会させてください。

　事業所番号：1212400873
　法人名：株式会社ステップワークス（法人番号 3040001076542）
　エラーコード：EC02（受給者台帳との不一致）　件数：2件
　　　　　　　　PD11（上限額管理結果の未登録）件数：1件

EC02の2件については、市の受給者証の更新時期と重なっており、
台帳への反映待ちではないかと考えております。
再請求のタイミング（5月分と合わせての提出でよいか）をご教示ください。

""" + SIG_HASEBE))

add(mail("pass", "benign.internship_schedule_chain",
    "A scheduling chain with an employer that names partner staff but refers to the trainee only by role; no health or personal data.",
    "miura", "quoted", MIURA,
    ["株式会社ベイサイドフーズ 人事課 山中様 <yamanaka@bayside-foods.example.co.jp>"],
    "Re: Re: 6月の実習日程について",
    """
山中様

ご調整ありがとうございます。三浦です。
6/3（月）〜6/7（金）の5日間、9:30〜14:30で確定とさせてください。

初日は9:15に通用口で待ち合わせ、私も午前中は同行いたします。
作業内容は、前回お話に出た「検品とラベル貼り」から始めていただけると助かります。
製造課の川辺様にもよろしくお伝えください。

""" + SIG_MIURA + """
> 三浦様
> お世話になっております。ベイサイドフーズの山中です。
> 製造課の川辺と調整しました。6月第1週であれば受け入れ可能です。
> 時間は9:30〜14:30（休憩45分）でいかがでしょうか。
> 白衣・帽子は当社で貸与します。靴だけご用意ください。
>
> ----
> 株式会社ベイサイドフーズ 人事課 山中 亜希
> TEL 047-433-8810
>
>> 山中様
>> 先日はありがとうございました。事務補助・軽作業を希望している利用者1名について、
>> 6月に5日間の実習をお願いしたく、日程のご相談です。
>> 三浦
"""))
