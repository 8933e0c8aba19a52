"""(A) 東都明星大学 キャリアセンター (private university career centre).

Writers: 佐伯 美穂 (career adviser, formal, boxed signature),
         小野寺 健太 (internship coordinator, short '--' signature),
         遠藤 理沙 (global career support, bilingual signature).
"""
from common import (addr, mail, att, enc_zip, P, mynumber, csv_text,
                     CT_CSV, CT_TXT, CT_XLSX, CT_PDF)

ORG = "A"
D = "tomei-u.example.ac.jp"

SAEKI = addr("佐伯 美穂（東都明星大学キャリアセンター）", f"saeki@{D}")
ONO = addr("小野寺 健太", f"k-onodera@{D}")
ENDO = addr("Risa Endo 遠藤 理沙", f"r.endo@{D}")

SIG_SAEKI = """──────────────────────────
東都明星大学 キャリアセンター
キャリアアドバイザー　佐伯 美穂（さえき みほ）
〒187-0000 東京都小平市学園西町9-9-9 本館2階
TEL 03-0000-4410（直通）／FAX 03-0000-4411
E-mail saeki@tomei-u.example.ac.jp
https://career.tomei-u.example.ac.jp/
──────────────────────────"""

SIG_ONO = """--
小野寺 健太
東都明星大学 キャリアセンター インターンシップ担当
03-0000-4412 / k-onodera@tomei-u.example.ac.jp"""

SIG_ENDO = """Risa Endo（遠藤 理沙）
Global Career Support, Career Center
Tomei Meisei University
r.endo@tomei-u.example.ac.jp | +81-3-0000-4415
https://career.tomei-u.example.ac.jp/global/"""


def build():
    out = []

    # ------------------------------------------------------------ HOLDS
    # body 1: disability / diagnosis sent to a host company
    out.append(mail(
        ORG, "saeki", "body", "hold", "sensitive.disability_accommodation",
        "学生の診断名と障害者手帳の等級を氏名付きで社外のインターン受入企業に伝えているため。",
        SAEKI, [addr("長尾 真理子", "nagao@northbridge.example.co.jp")],
        "サマーインターンシップ参加学生の配慮事項について（東都明星大学）",
        f"""
株式会社ノースブリッジ
人事部 ダイバーシティ採用担当
長尾 様

いつもお世話になっております。
東都明星大学キャリアセンターの佐伯です。

8月のサマーインターンシップ（5日間・企画職コース）に参加予定の本学学生について、
事前に配慮事項をお伝えしたくご連絡いたしました。

参加学生：文学部3年 三浦 陽菜（みうら はるな）さん
・大学2年次に医療機関で自閉スペクトラム症（ASD）の診断を受けており、
　精神障害者保健福祉手帳3級を所持しています。
・聴覚過敏があるため、グループワークの際はできるだけ静かな席、
　またはイヤーマフの使用をお認めいただけますと助かります。
・口頭の指示だけでは把握に時間がかかることがあるため、
　課題内容は文字（チャット・紙）でもご提示いただけると安心とのことです。

配慮事項の共有については、本学の障害学生支援室とも相談済みです。
当日の受入担当者様のお名前を教えていただけましたら、本人に事前に伝えておきます。

ご不明な点がございましたら、私までお気軽にご連絡ください。
どうぞよろしくお願いいたします。

{SIG_SAEKI}
""",
        personal=[P("name", "三浦 陽菜"), P("diagnosis", "自閉スペクトラム症（ASD）"),
                  P("disability", "精神障害者保健福祉手帳3級")]))

    # body 2: My Number + private bank account for a paid internship
    mn = mynumber("52083714690")
    out.append(mail(
        ORG, "onodera", "body", "hold", "id.mynumber_bank_account",
        "学生のマイナンバーと個人の振込口座を本文に書いて社外企業へ送っているため。",
        ONO, [addr("村井 典子", "murai@solaris-design.example.co.jp")],
        "長期インターンシップ報酬のお支払い情報（本学学生分）",
        f"""
株式会社ソラリス・デザイン
管理部 村井様

お世話になっております。東都明星大学キャリアセンターの小野寺です。
先日お電話でご依頼のありました、長期インターンシップ（6月分）の報酬お支払いに必要な情報を、
学生本人から預かりましたので以下にお送りします。

氏名：石田 蒼（いしだ あおい）
住所：東京都国分寺市本多9-9-9 メゾン本多203
個人番号（マイナンバー）：{mn}
振込先：東都中央銀行 国分寺支店 普通 3812074 イシダ アオイ

源泉徴収票の送付先も上記住所で問題ないとのことです。
お支払い予定日が決まりましたら、ご一報いただけますと助かります。

{SIG_ONO}
""",
        personal=[P("name", "石田 蒼"), P("address", "東京都国分寺市本多9-9-9 メゾン本多203"),
                  P("mynumber", mn), P("bank_account", "国分寺支店 普通 3812074")]))

    # body 3: full student profile to a recruitment agency
    out.append(mail(
        ORG, "saeki", "body", "hold", "personal.graduate_profile",
        "既卒者一名の生年月日・住所・携帯・私用メール・成績をまとめて人材紹介会社へ送っているため。",
        SAEKI, [addr("株式会社キャリアリンクス 新卒・第二新卒事業部 真鍋", "manabe@careerlinks.example.co.jp")],
        "【ご推薦】営業企画職（第二新卒・既卒可）求人への応募者について",
        f"""
株式会社キャリアリンクス
新卒・第二新卒事業部
真鍋 様

お世話になっております。東都明星大学キャリアセンターの佐伯でございます。
先日ご紹介いただいた「営業企画職（既卒可）」の求人につきまして、
本学の既卒者1名が応募を希望しておりますので、プロフィールをお送りいたします。

――――――――――――――――――
氏名　　：安藤 拓海（あんどう たくみ）
生年月日：2002年11月4日
住所　　：東京都東村山市栄町9-9-9 コーポ栄201
携帯　　：090-0000-2286
メール　：takumi.ando1104@gmail.com
学歴　　：2025年3月 東都明星大学 経営学部 経営学科 卒業
GPA　　 ：3.12（4.0満点）
資格等　：TOEIC 735点、日商簿記2級、普通自動車第一種運転免許
希望勤務地：東京都内・神奈川県
――――――――――――――――――

在学中は大学祭実行委員会で協賛企業の渉外を担当しており、
提案型の営業に関心が強い学生でした。
面談日程のご調整は、ご本人へ直接ご連絡いただいて差し支えございません。

何卒よろしくお願いいたします。

{SIG_SAEKI}
""",
        personal=[P("name", "安藤 拓海"), P("birthdate", "2002年11月4日"),
                  P("address", "東京都東村山市栄町9-9-9 コーポ栄201"),
                  P("phone", "090-0000-2286"), P("email", "takumi.ando1104@gmail.com")]))

    # attachment 1: internship roster CSV
    roster = csv_text(
        ["学籍番号", "氏名", "フリガナ", "学部・学年", "生年月日", "携帯電話", "メールアドレス"],
        [["23B2051", "松田 悠斗", "マツダ ユウト", "経済学部3年", "2004/05/12", "090-0000-3141", "23b2051@st.tomei-u.example.ac.jp"],
         ["23L0417", "西村 彩花", "ニシムラ アヤカ", "文学部3年", "2004/09/28", "080-0000-5520", "23l0417@st.tomei-u.example.ac.jp"],
         ["23S1120", "大西 蓮", "オオニシ レン", "理工学部3年", "2003/12/03", "090-0000-6678", "23s1120@st.tomei-u.example.ac.jp"],
         ["23B2203", "星野 美月", "ホシノ ミヅキ", "経営学部3年", "2004/07/19", "070-0000-2094", "23b2203@st.tomei-u.example.ac.jp"],
         ["23S0988", "片山 陸", "カタヤマ リク", "理工学部3年", "2004/01/25", "090-0000-8812", "23s0988@st.tomei-u.example.ac.jp"],
         ["22L0735", "平田 紗希", "ヒラタ サキ", "文学部4年", "2003/03/08", "080-0000-1957", "22l0735@st.tomei-u.example.ac.jp"]])
    out.append(mail(
        ORG, "onodera", "attachment", "hold", "list.internship_roster",
        "添付CSVに学生6名の氏名・生年月日・携帯番号・メールアドレスの名簿が入っているため。",
        ONO, [addr("ミナトシステムズ 人事部 上田", "ueda.k@minato-sys.example.co.jp")],
        "夏季インターンシップ参加者名簿の送付（東都明星大学）",
        f"""
株式会社ミナトシステムズ
人事部 上田様

お世話になっております。東都明星大学キャリアセンターの小野寺です。

8月4日（月）〜8日（金）の夏季インターンシップについて、
学内選考を経た参加者が確定しましたので、名簿を添付にてお送りします。
参加者は6名（理工学部2名、経済・経営学部2名、文学部2名）です。

入館証の発行や PC アカウントの準備でほかに必要な項目がありましたらお知らせください。
初日の集合時間・場所は、確定しましたら学生にもこちらから周知します。

よろしくお願いいたします。

{SIG_ONO}
""",
        attachments=[att("インターン参加者名簿_東都明星大学_2025夏.csv", CT_CSV, roster)],
        personal=[P("name", "松田 悠斗"), P("phone", "090-0000-3141"), P("birthdate", "2004/05/12"),
                  P("name", "星野 美月"), P("phone", "070-0000-2094")]))

    # attachment 2: health declarations of overseas interns (English)
    health = (
        "Health Declaration Summary - Tomei Meisei University (Sydney placement, Aug 2025)\n"
        "No\tName\tDate of birth\tCondition declared\tCurrent medication\tNotes\n"
        "1\tSota Kikuchi\t2004-02-17\tType 1 diabetes\tInsulin pump (rapid-acting insulin)\tNeeds access to a fridge\n"
        "2\tMao Sugimoto\t2003-10-30\tPanic disorder\tSertraline 50 mg daily\tPrefers aisle seat on flights\n"
        "3\tKaito Ueda\t2004-06-06\tAsthma (mild)\tSalbutamol inhaler\t-\n"
        "4\tRin Hayashi\t2004-04-21\tNone\tNone\tSevere peanut allergy (carries adrenaline auto-injector)\n"
        "Signed forms: held by Global Career Support, Tomei Meisei University\n")
    out.append(mail(
        ORG, "endo", "attachment", "hold", "sensitive.health_declarations",
        "添付の一覧に学生4名の氏名・生年月日と持病・服薬（糖尿病、パニック障害など）が入っているため。",
        ENDO, [addr("Hannah Clarke", "h.clarke@prip.example.com.au")],
        "Health declaration forms - Tomei Meisei participants (Sydney, Aug 2025)",
        f"""
Dear Ms. Clarke,

Thank you for your email and for the updated orientation schedule.

As requested by your risk management team, please find attached the summary of the
health declaration forms submitted by our four participants for the August placement
in Sydney. The original signed forms will be carried by the students on arrival.

Could you let us know by 20 June whether your insurance provider needs any further
details? We would also appreciate the name of the on-site contact for the first week.

Best regards,

{SIG_ENDO}
""",
        attachments=[att("Health_Declaration_Summary_TomeiMeisei.xlsx", CT_XLSX, health)],
        personal=[P("name", "Sota Kikuchi"), P("diagnosis", "Type 1 diabetes"),
                  P("name", "Mao Sugimoto"), P("diagnosis", "Panic disorder"),
                  P("medication", "Sertraline 50 mg daily")]))

    # quoted 1: forwarded student mail revealing depression treatment
    out.append(mail(
        ORG, "saeki", "quoted", "hold", "sensitive.mental_health_forwarded",
        "転送部分に学生の氏名とうつ病で通院中であることが書かれたまま企業の採用担当へ送っているため。",
        SAEKI, [addr("竹内 亮 / 株式会社ヤマブキ食品", "r.takeuchi@yamabuki-foods.example.co.jp")],
        "Fw: 最終面接の日程について（東都明星大学）",
        f"""
株式会社ヤマブキ食品
人事部 採用グループ 竹内 様

いつもお世話になっております。
東都明星大学キャリアセンターの佐伯でございます。

6月18日（水）に予定いただいております最終面接につきまして、
本学の学生から日程変更の相談がありましたので、下記のとおり転送いたします。
誠に恐縮ですが、6月下旬で別の候補日をご提示いただくことは可能でしょうか。

お忙しいところ恐れ入りますが、ご検討のほどよろしくお願いいたします。

{SIG_SAEKI}

---------- Forwarded message ---------
From: 川口 結衣 <yui.kawaguchi.0318@gmail.com>
Date: 2025年6月9日(月) 22:41
Subject: 最終面接の日程について
To: <saeki@tomei-u.example.ac.jp>

佐伯さん

夜分に失礼します。経済学部4年の川口 結衣です。
いつも面接練習をしていただきありがとうございます。

ヤマブキ食品さんの最終面接が6月18日に決まったのですが、
この日は心療内科の受診日で、うつ病の治療で通院中のため、どうしても予約を動かせません。
（主治医の先生が月に一度しか来られない曜日なので…）

企業の方には通院のことはあまり詳しく言いたくないのですが、
日程を変えていただけるよう、お伝えいただくことはできますでしょうか。

よろしくお願いいたします。
川口 結衣
""",
        personal=[P("name", "川口 結衣"), P("diagnosis", "うつ病の治療で通院中")]))

    # quoted 2: parent's inquiry with full contact forwarded to a vendor
    out.append(mail(
        ORG, "onodera", "quoted", "hold", "personal.parent_inquiry_forwarded",
        "転送部分に保護者の氏名・住所・電話と学生の氏名・学籍番号が含まれ、外部の運営会社へ送っているため。",
        ONO, [addr("ジョブステップ 保護者セミナー事務局", "seminar@jobstep.example.co.jp")],
        "FW: 保護者セミナー個別相談の申込み",
        f"""
株式会社ジョブステップ
保護者セミナー運営事務局 森本様

お世話になっております。東都明星大学キャリアセンターの小野寺です。

7月5日（土）の「保護者のための就職活動講座」について、
保護者の方から個別相談の申込みとご質問が届きました。
個別相談枠の運営は御社にお願いしておりますので、以下転送いたします。
ご本人へのご連絡も含め、ご対応いただけますと幸いです。

{SIG_ONO}

-----Original Message-----
From: 吉岡 千春 <chiharu.yoshioka@yahoo.co.jp>
Sent: Tuesday, June 10, 2025 9:15 AM
To: career@tomei-u.example.ac.jp
Subject: 保護者セミナー個別相談の申込み

東都明星大学 キャリアセンター ご担当者様

はじめてご連絡いたします。経営学部3年 吉岡 大翔（学籍番号 23B1187）の母でございます。
7月5日の保護者向け講座に参加を予定しており、あわせて個別相談を申し込みたくメールいたしました。

息子は昨年の後期にほとんど授業に出られない時期があり、
就職活動にうまく踏み出せていないようで心配しております。
講座の後で、親としてどのように声をかければよいかご相談できれば幸いです。

氏名：吉岡 千春
住所：埼玉県所沢市東町9-9-9
電話：090-0000-7731（平日18時以降がつながりやすいです）

どうぞよろしくお願いいたします。
""",
        personal=[P("name", "吉岡 千春"), P("address", "埼玉県所沢市東町9-9-9"),
                  P("phone", "090-0000-7731"), P("name", "吉岡 大翔"), P("student_id", "23B1187")]))

    # subject only: residence card number in the subject
    out.append(mail(
        ORG, "endo", "subject", "hold", "id.residence_card_subject",
        "件名に内定者の氏名と在留カード番号が書かれているため（本文には記載なし）。",
        ENDO, [addr("林 美香 / GlobalTech Japan HR", "m.hayashi@globaltech-jp.example.com")],
        "Re: 内定者 グエン・ティ・ラン さん（在留カード UJ40281736FA）の在留資格変更について",
        f"""
株式会社グローバルテック・ジャパン
人事部 新卒採用チーム
林 様

お世話になっております。東都明星大学キャリアセンターの遠藤です。

標記の件、ご連絡ありがとうございます。
ご本人とも確認のうえ、在留資格変更許可申請（「留学」から「技術・人文知識・国際業務」）に
必要な書類を以下のとおり整理いたしました。

【大学側でご用意するもの】
・卒業見込証明書（7月上旬発行予定）
・成績証明書（和文・英文）

【貴社でご用意いただくもの】
・雇用契約書（または労働条件通知書）の写し
・会社案内（事業内容・従業員数が分かるもの）
・前年分の給与所得の源泉徴収票等の法定調書合計表の写し

申請は12月以降にご本人が出入国在留管理局で行う予定です。
書類の準備状況は、本学国際交流センターの担当者とも共有させていただきます。

Best regards,

{SIG_ENDO}
""",
        personal=[P("name", "グエン・ティ・ラン"), P("residence_card", "UJ40281736FA")]))

    # zip: encrypted zip of recommendation documents
    out.append(mail(
        ORG, "onodera", "zip", "hold", "attachment.encrypted_zip",
        "パスワード付きZIPファイル（PPAP）を添付しているため。",
        ONO, [addr("日邦電機株式会社 人事部 採用課", "saiyo@nippo-denki.example.co.jp")],
        "学内推薦書類の送付（技術職・東都明星大学）",
        f"""
日邦電機株式会社
人事部 採用課 御中

お世話になっております。東都明星大学キャリアセンターの小野寺です。

技術職の学校推薦枠につきまして、学内選考の結果、推薦者が決まりましたので
推薦書・成績証明書・エントリーシートの写しを ZIP ファイルにまとめてお送りします。
解凍用のパスワードは、このあと別のメールでお送りいたします。

原本は本日、簡易書留で発送しております。
届きましたらご確認のほどよろしくお願いいたします。

{SIG_ONO}
""",
        attachments=[enc_zip("学内推薦書類_東都明星大学_2025.zip")]))

    # recipients: 12 companies visible in To
    companies = [
        ("秋山 拓也", "akiyama@oedo-bussan.example.co.jp"),
        ("竹内 亮", "r.takeuchi@yamabuki-foods.example.co.jp"),
        ("上田 香織", "ueda.k@minato-sys.example.co.jp"),
        ("長尾 真理子", "nagao@northbridge.example.co.jp"),
        ("日邦電機 採用課", "saiyo@nippo-denki.example.co.jp"),
        ("林 美香", "m.hayashi@globaltech-jp.example.com"),
        ("野口 浩二", "noguchi@kitakaze-bank.example.co.jp"),
        ("桑原 恵", "kuwabara@sunrise-hotels.example.jp"),
        ("宮本 直樹", "n.miyamoto@tokai-logi.example.co.jp"),
        ("藤田 沙耶", "fujita.saya@hanamizuki-cosme.example.co.jp"),
        ("中井 悠介", "y.nakai@aozora-kensetsu.example.co.jp"),
        ("森 由美子", "mori@shinsei-insurance.example.co.jp"),
    ]
    out.append(mail(
        ORG, "saeki", "recipients", "hold", "recipients.visible_company_recruiters",
        "12社の採用担当者のアドレスが To に並んで互いに見えているため（BCC にすべき）。",
        SAEKI, [addr(n, e) for n, e in companies],
        "【東都明星大学】学内合同企業説明会 ご出展のお礼と秋季開催のご案内",
        f"""
企業採用ご担当者様

平素より本学学生の就職支援にご協力を賜り、誠にありがとうございます。
東都明星大学キャリアセンターの佐伯でございます。

先日の学内合同企業説明会（6月7日開催）には、ご多用のところご出展いただき
誠にありがとうございました。当日は延べ486名の学生が来場し、
アンケートでも「業界の違いがよく分かった」との声が多く寄せられました。

つきましては、秋季の学内合同企業説明会を下記のとおり予定しております。

　日時：2025年10月18日（土）10:00〜16:00
　会場：東都明星大学 小平キャンパス 体育館アリーナ
　出展申込：9月5日（金）までに下記フォームよりお申し込みください
　https://career.tomei-u.example.ac.jp/company/fair2025autumn

ご不明な点は、キャリアセンター企業担当（03-0000-4410）までお問い合わせください。
引き続き、どうぞよろしくお願い申し上げます。

{SIG_SAEKI}
""",
        cc=[ONO]))

    # ------------------------------------------------------------ PASSES
    # meeting arrangement with long quoted chain and heavy signatures
    out.append(mail(
        ORG, "saeki", "none", "pass", "benign.meeting_reply_chain",
        "企業説明会の日程・会場調整のやり取りで、出てくるのは担当者名と署名だけのため。",
        SAEKI, [addr("秋山 拓也", "akiyama@oedo-bussan.example.co.jp")],
        "Re: Re: 学内企業説明会（10月）の日程について",
        f"""
株式会社大江戸物産
人事部 採用チーム
秋山 様

ご返信ありがとうございます。東都明星大学キャリアセンターの佐伯です。

それでは、10月15日（水）13:00〜14:30 で確定とさせていただきます。
会場は 3号館 3201教室（定員120名）をご用意しました。
プロジェクター・マイク（有線1本、ワイヤレス2本）は教室備え付けのものをお使いいただけます。

当日は12:15頃に3号館1階の受付にお越しください。私がお迎えにあがります。
学生への告知は来週月曜からキャリアポータルで開始いたします。

引き続きよろしくお願いいたします。

{SIG_SAEKI}

2025年6月11日(水) 17:02 秋山 拓也 <akiyama@oedo-bussan.example.co.jp>:
> 東都明星大学 キャリアセンター
> 佐伯 様
>
> お世話になっております。大江戸物産の秋山です。
> ご提示いただいた候補日のうち、10月15日（水）午後でお願いできますでしょうか。
> 当日は弊社から私と、入社3年目の社員（営業部 小川）の2名で伺う予定です。
> 会場でPCの接続が必要になりますので、HDMI端子の有無だけ教えていただけますと幸いです。
>
> ━━━━━━━━━━━━━━━━━━━━━━
> 株式会社大江戸物産 人事部 採用チーム
> 秋山 拓也（Takuya Akiyama）
> 〒103-0000 東京都中央区日本橋本町9-9-9 大江戸ビル7F
> TEL：03-0000-8801 ／ 携帯：090-0000-4402
> Mail：akiyama@oedo-bussan.example.co.jp
> 採用サイト：https://recruit.oedo-bussan.example.co.jp/
> ━━━━━━━━━━━━━━━━━━━━━━
>
> 2025年6月10日(火) 10:20 佐伯 美穂 <saeki@tomei-u.example.ac.jp>:
>> 株式会社大江戸物産 秋山様
>>
>> 先日はお電話ありがとうございました。
>> 学内企業説明会の候補日ですが、10月8日（水）・15日（水）・22日（水）の
>> いずれも午後が空いております。ご都合はいかがでしょうか。
>>
>> 東都明星大学 キャリアセンター 佐伯 美穂
"""))

    # mail to the data subject themself (offer holder)
    out.append(mail(
        ORG, "onodera", "none", "pass", "benign.offer_holder_self",
        "内定者本人に本人の学籍番号・内定先を添えて座談会への協力を依頼するメールで、第三者への提供ではないため。",
        ONO, [addr("松岡 悠真", "yuma.matsuoka.tm@gmail.com")],
        "内定者による後輩向け座談会へのご協力のお願い",
        f"""
松岡 悠真 さん

こんにちは。キャリアセンターの小野寺です。
内定おめでとうございます。キャリアセンターにご報告いただきありがとうございました。

さて、毎年ご協力いただいている「内定者と話そう！業界研究座談会」を
今年も7月に開催します。松岡さんにはぜひ IT・通信業界のテーブルで
ご自身の就職活動の経験を後輩に話していただけないかと思い、ご連絡しました。

　日時：7月16日（水）16:30〜18:00
　場所：本館2階 キャリアセンター ラウンジ
　謝礼：図書カード 2,000円分

念のため、こちらで把握しているご登録情報は以下のとおりです。
　学籍番号：22S1043（理工学部 情報科学科4年）
　内定先：株式会社ミナトシステムズ（システムエンジニア職）

参加いただける場合は、7月4日（金）までにこのメールにご返信ください。
都合が合わない場合も、遠慮なくお知らせくださいね。

{SIG_ONO}
"""))

    # aggregate statistics incl. disability support (no individuals)
    out.append(mail(
        ORG, "saeki", "none", "pass", "benign.aggregate_statistics",
        "就職率や障害学生支援の件数など集計値だけで、個人が特定できる情報がないため。",
        SAEKI, [addr("月刊キャリアガイド 編集部 大島", "oshima@careerguide-mag.example.jp")],
        "Re: 「大学のキャリア支援」特集のアンケートご回答",
        f"""
月刊キャリアガイド 編集部
大島 様

お世話になっております。東都明星大学キャリアセンターの佐伯です。
ご依頼いただいたアンケートに回答いたします。数値は2025年5月1日現在の確定値です。

1. 2024年度卒業生の就職状況
　・卒業者数：2,184名　就職希望者：1,962名　就職者：1,919名
　・就職率（就職者／就職希望者）：97.8%

2. 障害のある学生への就職支援
　・障害学生支援室と連携した個別面談：延べ142件
　・支援対象学生のうち就職決定者：11名（うち障害者雇用枠 7名）
　・企業との合同勉強会：年2回開催

3. 留学生の就職支援
　・留学生の就職希望者：64名　就職者：58名
　・日本語による模擬面接講座：全8回

個々の学生が特定されるような記載はお控えいただけますと幸いです。
校正の段階で原稿を拝見できますと助かります。

{SIG_SAEKI}
"""))

    # successor introduction
    out.append(mail(
        ORG, "onodera", "none", "pass", "benign.successor_introduction",
        "担当者交代のあいさつで、業務上の連絡先と担当者名のみのため。",
        ONO, [addr("上田 香織", "ueda.k@minato-sys.example.co.jp")],
        cc=[addr("久保田 遥", f"h-kubota@{D}")],
        subject="【ご挨拶】インターンシップ担当者変更のお知らせ（東都明星大学）",
        text=f"""
株式会社ミナトシステムズ
人事部 上田様

いつも大変お世話になっております。東都明星大学キャリアセンターの小野寺です。

私事で恐縮ですが、7月1日付で学生部学生支援課へ異動することになりました。
これまでインターンシップの受入れで多大なご協力をいただき、心より御礼申し上げます。

後任は、同じくキャリアセンターの久保田 遥（くぼた はるか）が担当いたします。
久保田は前職で企業の新卒採用を5年間担当しており、受入企業様の事情にも明るい者です。
本メールの CC に入れておりますので、今後はこちらまでご連絡いただけますと幸いです。

　後任：久保田 遥
　TEL：03-0000-4413
　Mail：h-kubota@tomei-u.example.ac.jp

8月の夏季インターンシップまでは私も引き継ぎのため同席いたします。
今後とも変わらぬご支援のほど、よろしくお願い申し上げます。

{SIG_ONO}
"""))

    # English mail to a partner university
    out.append(mail(
        ORG, "endo", "none", "pass", "benign.english_partner_university",
        "提携大学とのオンライン就職フェア共同開催の調整で、職員名と日程しか含まないため。",
        ENDO, [addr("Daniel Brooks", "d.brooks@westbrook.example.edu")],
        cc=[addr("Emily Tran", "e.tran@westbrook.example.edu")],
        subject="Joint Virtual Career Fair 2025 - time slots and next steps",
        text=f"""
Dear Daniel,

Thank you for the productive call on Tuesday, and please pass my thanks to Emily
for the draft programme.

To summarise what we agreed:

- Date: Thursday 13 November 2025
- Time: 9:00-12:00 JST (= 19:00-22:00 EST on 12 November)
- Platform: the Westbrook virtual fair platform; Tomei will provide 8 employer booths
- Language: English, with a short Japanese business-manners session by our staff
- Target: around 60 students from each university

On our side, Prof. Kenji Morita (Faculty of Economics) has kindly agreed to give the
opening remarks, and my colleague Miho Saeki will coordinate the Japanese employers.

Could you share the employer registration template by the end of this month?
We will then circulate it to our partner companies in July.

Kind regards,

{SIG_ENDO}
"""))

    # lecturer's own fee, account masked
    out.append(mail(
        ORG, "saeki", "none", "pass", "benign.lecturer_fee_self_masked",
        "外部講師本人への謝金支払いの案内で、振込口座も下3桁以外はマスクされているため。",
        SAEKI, [addr("藤本 恭子", "kyoko.fujimoto.cc@outlook.com")],
        "キャリア講座（6月12日）講師謝金のお支払いについて",
        f"""
藤本 恭子 様

先日は「自己分析ワークショップ」のご登壇、誠にありがとうございました。
東都明星大学キャリアセンターの佐伯です。
参加した学生からも「自分の強みを言葉にできた」と大変好評でした。

講師謝金のお支払いについて、下記のとおりご案内いたします。

　謝金額　　　：50,000円
　源泉徴収税額：5,105円（10.21%）
　お振込額　　：44,895円
　お振込予定日：2025年7月25日（金）
　お振込先　　：ご登録口座（普通 ****512）

支払調書は来年1月にご登録のご住所へ郵送いたします。
ご登録内容に変更がございましたら、お手数ですがお知らせください。

次年度もぜひお力添えいただけますと幸いです。

{SIG_SAEKI}
"""))

    # plain (unencrypted) zip with venue information
    venue = (
        "学内企業説明会 会場案内（日邦電機株式会社様）\n"
        "日時：2025年7月9日（水）14:40〜16:10（4限）\n"
        "会場：5号館 5105教室（収容90名）\n"
        "最寄り：西武線 学園西町駅 徒歩7分（正門より入構、守衛所で入構証を受け取り）\n"
        "駐車場：来客用駐車場 P3 を1台分確保済み\n"
        "設備：プロジェクター（HDMI）、有線マイク1、ワイヤレスマイク2\n")
    sched = csv_text(["時刻", "内容", "場所"],
                     [["13:30", "到着・入構証受け取り", "正門守衛所"],
                      ["13:45", "打合せ", "本館2階 キャリアセンター"],
                      ["14:15", "会場設営・接続確認", "5105教室"],
                      ["14:40", "説明会開始", "5105教室"],
                      ["16:10", "終了・撤収", "5105教室"]])
    out.append(mail(
        ORG, "onodera", "none", "pass", "benign.plain_zip_venue_info",
        "暗号化されていないZIPで、中身は会場案内とスケジュールだけのため。",
        ONO, [addr("日邦電機株式会社 人事部 採用課", "saiyo@nippo-denki.example.co.jp")],
        "学内説明会（7/9）会場案内一式のご送付",
        f"""
日邦電機株式会社
人事部 採用課 御中

お世話になっております。東都明星大学キャリアセンターの小野寺です。

7月9日（水）の学内説明会について、会場案内と当日のスケジュールを
ZIP にまとめてお送りします（パスワードはかけておりません）。
キャンパスマップは大学ウェブサイト（https://www.tomei-u.example.ac.jp/access/）にも掲載しています。

ご来校の際は、正門の守衛所で「キャリアセンター来客」とお伝えください。

{SIG_ONO}
""",
        attachments=[att("学内説明会_会場案内_0709.zip/会場案内.txt", CT_TXT, venue),
                     att("学内説明会_会場案内_0709.zip/当日スケジュール.csv", CT_CSV, sched)]))

    # public figure as lecturer
    out.append(mail(
        ORG, "endo", "none", "pass", "benign.public_figure_lecture",
        "講演者は公人（元五輪代表選手）で、講演会の運営に必要な情報しか含まないため。",
        ENDO, [addr("株式会社ステージワークス 渡辺", "watanabe@stageworks.example.co.jp")],
        "キャリア講演会（7/23）講師控室と当日の動線について",
        f"""
株式会社ステージワークス
イベント事業部 渡辺 様

お世話になっております。東都明星大学キャリアセンターの遠藤です。

7月23日（水）のキャリア講演会について、講師の森川 沙織 氏
（元競泳日本代表・アテネ大会出場、現スポーツキャスター）の控室と
当日の動線を以下のとおりご連絡いたします。

・控室：本館4階 第2会議室（飲料・軽食をご用意します）
・到着：12:30 正門到着予定 → 守衛所前で私がお出迎え
・講演：13:10〜14:30 記念講堂（学生約600名）
・質疑応答：14:30〜14:50（学生代表2名がマイクで質問）
・取材：学内広報誌のみ。外部メディアの撮影はございません。

講演タイトルは「挑戦をやめない働き方」で確定しております。
ポスター掲載用のプロフィール写真は、事務所様から使用許可をいただいております。

引き続きよろしくお願いいたします。

{SIG_ENDO}
"""))

    # project mail with 6 visible addresses from 2 organisations
    out.append(mail(
        ORG, "onodera", "none", "pass", "benign.project_six_addresses",
        "産学連携PBLの連絡で、宛先は2組織6名だけで関係者同士が互いに知っている相手のため。",
        ONO,
        [addr("上田 香織", "ueda.k@minato-sys.example.co.jp"),
         addr("岸本 聡", "kishimoto@minato-sys.example.co.jp"),
         addr("吉村 朋美", "t.yoshimura@minato-sys.example.co.jp")],
        cc=[addr("森田 健二", f"morita.kenji@{D}"),
            addr("久保田 遥", f"h-kubota@{D}"),
            addr("佐伯 美穂", f"saeki@{D}")],
        subject="【PBL】第3回中間発表の日程と評価シートについて",
        text=f"""
ミナトシステムズ 上田様、岸本様、吉村様
（CC：森田先生、キャリアセンター 久保田・佐伯）

お世話になっております。東都明星大学の小野寺です。

産学連携PBL「地域の移動をデータで変える」の第3回中間発表について、
下記のとおりご連絡いたします。

　日時：6月27日（金）15:00〜17:00
　場所：本学 3号館 3305教室／オンライン併用（Teams）
　発表：5チーム × 各15分（発表10分＋質疑5分）

評価シートは前回と同じ様式です。岸本様からご提案いただいた
「実現可能性」の観点を追加した版を、共有フォルダに置いています。
https://files.tomei-u.example.ac.jp/pbl/2025/minato/

当日、吉村様はオンライン参加と伺っております。接続テストは14:30から行います。

{SIG_ONO}
"""))

    # IT outage, malware "感染" and "隔離"
    out.append(mail(
        ORG, "endo", "none", "pass", "benign.it_outage_malware",
        "「障害」「感染」「隔離」はシステム障害とマルウェア対応の話で、人の健康情報ではないため。",
        ENDO, [addr("キャリアクラウド サポートデスク", "support@careercloud.example.jp")],
        cc=[addr("小野寺 健太", f"k-onodera@{D}")],
        subject="【障害報告】求人票登録システムの接続障害と端末隔離について",
        text=f"""
株式会社キャリアクラウド
サポートデスク ご担当者様

東都明星大学キャリアセンターの遠藤です。
本日発生した求人票登録システムの障害について、状況を共有いたします。

■ 発生日時：2025年6月16日（月）9:40頃〜
■ 事象：企業向け求人票登録画面で「503 Service Unavailable」が表示され、登録・更新ができない
■ 学内の状況：
　同時刻、センター内の事務用PC 1台でウイルス対策ソフトがマルウェア感染の疑いを検知したため、
　情報システム課の指示で当該端末をネットワークから隔離しています。
　検知されたファイルのハッシュ値（SHA-256）は以下のとおりです。
　3f9a1c07e2b84d5a6c1e09f7b2d4a8c35e6f1b2a9d0c7e4f8a1b3c5d7e9f0a2b
■ お願い：
　サーバ側のログで、本学 IP（学内プロキシ経由）からの異常なアクセスがないかご確認ください。

隔離した端末以外は通常どおり業務を継続しております。
復旧見込みが分かりましたらご連絡いただけますと幸いです。

{SIG_ENDO}
"""))

    return out
