"""(C) プロ野球球団 チーム運営 — 株式会社静岡レッドファルコンズ"""
from common import A, mail, att, enc_zip, P, csv_text, jan

ORG = "C"
DOM = "redfalcons.example.co.jp"

ISHIDOU = A("石動 亮", f"r.ishidou@{DOM}")
SAEKI = A("Daniel Saeki", f"d.saeki@{DOM}")
MIYAZATO = A("宮里 千尋", f"c.miyazato@{DOM}")
TEAMOPS = A("静岡レッドファルコンズ チーム運営部", f"teamops@{DOM}")
PRESS = A("静岡レッドファルコンズ 広報部", f"press@{DOM}")

SIG_ISHIDOU = """
━━━━━━━━━━━━━━━━━━━━━━━━
株式会社静岡レッドファルコンズ
チーム運営部　一軍マネージャー
石動 亮　Ryo Ishidou
〒420-0000 静岡県静岡市葵区駿府町9-9-9 ファルコンズビル5F
TEL 054-0000-7700（代表）／ 携帯 080-0000-3195
r.ishidou@redfalcons.example.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━
本メールに含まれる選手・チームに関する情報は、球団の許可なく
第三者へ開示・転送しないようお願いいたします。
"""

SIG_SAEKI = """
Daniel Saeki（佐伯 ダニエル）
International Relations / Interpreter
Shizuoka Red Falcons Baseball Club
9-9-9 Sunpu-cho, Aoi-ku, Shizuoka 420-0000 JAPAN
Mobile: +81-80-0000-5521
d.saeki@redfalcons.example.co.jp
"""

SIG_MIYAZATO = """
--
静岡レッドファルコンズ 育成部
宮里 千尋（ファーム・若鷹寮担当）
TEL 054-0000-7712 / 携帯 090-0000-8830
"""

MAILS = []
add = MAILS.append

# ============================================================ HOLDS
# --- body 1: player's MRI findings to an outside orthopaedic clinic
add(mail(ORG, "宮里", "body", "hold", "sensitive.player_medical_findings",
    "育成選手の氏名とMRI所見・既往歴を院外の整形外科へ本文で送っており、未公表の健康情報にあたる。",
    MIYAZATO, [A("するが整形外科スポーツクリニック 望月 先生", "sports@suruga-seikei.example.jp")],
    "若林選手 セカンドオピニオンのお願い",
    """
望月先生

いつもお世話になっております。レッドファルコンズ育成部の宮里です。
先日お電話でお願いした件、概要をお送りします。

育成選手 若林 拓海（背番号121、19歳、右投右打・投手）
・8月2日の二軍戦で投球中に右肘内側に痛み。
・8月4日 静岡市内の病院でMRI。所見は「右肘内側側副靱帯の部分断裂（近位側）、
　骨棘あり」。担当医からはPRP注射と保存療法を提案されています。
・既往：高校2年時に同部位の炎症で約2か月ノースロー。
・本人はできれば手術は避けたい意向、家族（父）も同意見です。

MRI画像のCDは、来週火曜の受診時に本人が持参します。
手術適応かどうか、先生のご意見を伺えれば幸いです。
""" + SIG_MIYAZATO,
    personal=[P("name", "若林 拓海"), P("health", "右肘内側側副靱帯の部分断裂"),
              P("health", "同部位の炎症で約2か月ノースロー")]))

# --- body 2: passport numbers of a new foreign player and his wife to the agent
add(mail(ORG, "Daniel Saeki", "body", "hold", "id.passport_visa_application",
    "代理人へのメールに新外国人選手と妻の旅券番号・生年月日を本文で書いている。",
    SAEKI, [A("Jake Miller", "jmiller@millersports.example.com")],
    "COE application - Carlos Mendoza and family",
    """
Hi Jake,

Hope all is well in Miami. Quick update on the visa paperwork for Carlos.

We are filing the Certificate of Eligibility (COE) with the Shizuoka branch of
the Tokyo immigration bureau on Monday. I've filled in the forms with the details below - please
double-check with Carlos and let me know by Friday if anything is wrong:

  Player: Carlos Javier MENDOZA
  Date of birth: April 11, 1996
  Nationality: Dominican Republic
  Passport No.: RD0437291 (expires Aug 3, 2031)

  Spouse: Ana Lucia MENDOZA PEREZ
  Date of birth: September 2, 1998
  Passport No.: RD0551806 (expires Jan 19, 2030)

  Son: Mateo MENDOZA, born March 30, 2022 (passport still being renewed -
  please send us a scan as soon as the new one is issued)

Once the COE is out (usually 4-6 weeks), they can apply for the visas at the
Japanese embassy in Santo Domingo. We will cover the flights as agreed.

Thanks,
Dan
""" + SIG_SAEKI,
    personal=[P("passport_number", "RD0437291"), P("passport_number", "RD0551806"),
              P("name", "Carlos Javier MENDOZA"), P("name", "Ana Lucia MENDOZA PEREZ"),
              P("birth_date", "April 11, 1996")]))

# --- body 3: travel roster with birth dates and mobiles to the airline group desk
roster_lines = """
　No. 氏名　　　　　　　 カナ　　　　　　　　　生年月日　　　携帯
　01　 石動 亮　　　　　 イシドウ リョウ　　　 1984/06/12　 080-0000-3195
　02　 大河内 翼　　　　 オオコウチ ツバサ　　 2001/07/07　 090-0000-4418
　03　 国吉 悠斗　　　　 クニヨシ ユウト　　　 1997/10/21　 080-0000-7263
　04　 水野 大和　　　　 ミズノ ヤマト　　　　 1995/01/30　 090-0000-1852
　05　 比嘉 颯　　　　　 ヒガ ハヤテ　　　　　 2002/04/18　 070-0000-6630
　06　 MENDOZA CARLOS　 メンドーサ カルロス　 1996/04/11　 080-0000-9041
　07　 Daniel Saeki　　 サエキ ダニエル　　　 1988/11/05　 080-0000-5521
　08　 津田 浩二　　　　 ツダ コウジ　　　　　 1979/03/09　 090-0000-2276
　09　 高良 涼介　　　　 タカラ リョウスケ　　 1999/08/26　 080-0000-3358
　10　 関 一馬　　　　　 セキ カズマ　　　　　 1990/12/14　 090-0000-7784
"""
add(mail(ORG, "石動", "body", "hold", "list.travel_roster_body",
    "航空会社への連絡本文に選手・スタッフ10名の氏名・生年月日・携帯番号を一覧にしている。",
    ISHIDOU, [A("スカイライン航空 団体予約デスク 中川", "group-desk@skyline-air.example.co.jp")],
    "【団体予約 GRP-250914】先発隊 搭乗者名簿",
    """
スカイライン航空
団体予約デスク 中川様

いつもお世話になっております。静岡レッドファルコンズの石動です。
9月14日（日）静岡→那覇（SK 683便）の先発隊10名分の名簿をお送りします。
""" + roster_lines + """
座席は前方通路側を投手陣（02〜05）でまとめていただけると助かります。
用具（バットケース3、トレーナーバッグ2）は別途受託手荷物で申告します。
名簿変更があれば前日17時までにご連絡いたします。
""" + SIG_ISHIDOU,
    personal=[P("name", "大河内 翼"), P("birth_date", "2001/07/07"), P("phone", "090-0000-4418"),
              P("name", "比嘉 颯"), P("phone", "070-0000-6630"), P("name", "津田 浩二")]))

# --- attachment 1: insured-persons list to the insurance agency
insured = csv_text(
    ["区分", "氏名", "生年月日", "住所", "背番号/職務", "補償プラン"],
    [["選手", "大河内 翼", "2001/07/07", "静岡県静岡市駿河区池田9-9-9 若鷹寮", "18", "A"],
     ["選手", "国吉 悠斗", "1997/10/21", "静岡県静岡市葵区安東9-99-1-502", "24", "A"],
     ["選手", "水野 大和", "1995/01/30", "静岡県静岡市清水区草薙9-9-30", "11", "A"],
     ["選手", "若林 拓海", "2006/05/16", "静岡県静岡市駿河区池田9-9-9 若鷹寮", "121", "A"],
     ["選手", "三浦 湊", "2005/09/03", "静岡県静岡市駿河区池田9-9-9 若鷹寮", "48", "A"],
     ["選手", "比嘉 颯", "2002/04/18", "静岡県静岡市駿河区池田9-9-9 若鷹寮", "35", "A"],
     ["スタッフ", "津田 浩二", "1979/03/09", "静岡県静岡市葵区瀬名9-99-7", "トレーナー", "B"],
     ["スタッフ", "関 一馬", "1990/12/14", "静岡県藤枝市青木9-9-2", "ブルペン捕手", "B"],
     ["スタッフ", "高良 涼介", "1999/08/26", "静岡県静岡市駿河区中田9-9-18-201", "打撃投手", "B"]])
add(mail(ORG, "石動", "attachment", "hold", "list.insured_persons_roster",
    "本文は更新手続きの依頼だけだが、添付の名簿に選手・スタッフの氏名・生年月日・自宅住所が並んでいる。",
    ISHIDOU, [A("ファルコン保険サービス 団体保険課", "dantai@falcon-hoken.example.co.jp")],
    "団体傷害保険 更新手続きのお願い",
    """
ファルコン保険サービス
団体保険課 ご担当者様

いつもお世話になっております。レッドファルコンズ チーム運営部の石動です。

来季の団体傷害保険の更新にあたり、被保険者名簿（追加分）を添付いたします。
補償プランは前年と同じ内容でお願いいたします。
見積書は11月末までにいただけますと助かります。

よろしくお願いいたします。
""" + SIG_ISHIDOU,
    attachments=[att("被保険者名簿_追加分_2026.csv", "text/csv", insured)],
    personal=[P("name", "若林 拓海"), P("birth_date", "2006/05/16"),
              P("address", "静岡県静岡市葵区安東9-99-1-502"), P("name", "国吉 悠斗"),
              P("address", "静岡県静岡市葵区瀬名9-99-7")]))

# --- attachment 2: residence card of the player's wife to an immigration lawyer
card_text = """在留カード（写し）

氏名　　　　MENDOZA PEREZ, ANA LUCIA
生年月日　　1998年09月02日　　性別　女 F.
国籍・地域　ドミニカ共和国
住居地　　　静岡県静岡市葵区鷹匠9丁目9番9-801号
在留資格　　家族滞在
就労制限の有無　就労不可
在留期間（満了日）　1年（2026年03月31日）
許可の種類　在留資格認定証明書による上陸許可
番号　　　　EH00513827PA
"""
add(mail(ORG, "Daniel Saeki", "attachment", "hold", "id.residence_card_copy",
    "本文は書類送付の一言だが、添付に選手の妻の在留カード番号・住居地・生年月日が含まれている。",
    SAEKI, [A("黒澤行政書士事務所 黒澤 先生", "visa@kurosawa-gyosei.example.jp")],
    "在留期間更新（家族滞在）の書類",
    """
黒澤先生

お世話になっております。レッドファルコンズの佐伯です。
在留期間更新の件、先日ご指示いただいた書類のうち、在留カードの写しをお送りします。
球団の在職証明書と給与証明書は、原本を本日郵送しました。

Thank you as always for your help.
""" + SIG_SAEKI,
    attachments=[att("residence_card_copy.pdf", "application/pdf", card_text)],
    personal=[P("residence_card_number", "EH00513827PA"),
              P("name", "MENDOZA PEREZ, ANA LUCIA"),
              P("address", "静岡県静岡市葵区鷹匠9丁目9番9-801号")]))

# --- quoted 1: a fan's inquiry with full contact forwarded to the ticketing vendor
add(mail(ORG, "石動", "quoted", "hold", "personal.fan_inquiry_forward",
    "上部は確認依頼だが、転送部分にファンの氏名・住所・電話・会員番号と車椅子利用の事情がそのまま入っている。",
    ISHIDOU, [A("チケットワン株式会社 運営サポート", "support@ticket-one.example.co.jp")],
    "Fw: 【お問い合わせ】車椅子席の払い戻しについて",
    """
チケットワン株式会社
運営サポート ご担当者様

お世話になっております。レッドファルコンズの石動です。
球団の問い合わせフォームに下記のご相談が届きました。
購入履歴の確認と、払い戻し・振替の可否についてご回答いただけますでしょうか。
お客様への回答は球団から行います。

よろしくお願いいたします。
""" + SIG_ISHIDOU + """
----- Forwarded message -----
From: ファルコンズ公式サイト問い合わせフォーム <form@redfalcons.example.co.jp>
Date: 2025年7月8日 22:41
Subject: 【お問い合わせ】車椅子席の払い戻しについて

お名前：早川 智子
フリガナ：ハヤカワ トモコ
ご住所：〒422-0000 静岡県静岡市駿河区小鹿9-9-11
お電話：080-0000-2694
メール：tomoko.hayakawa@yahoo.co.jp
ファンクラブ会員番号：FC-2025-0071843
お問い合わせ内容：
7月19日のホームゲームで車椅子席（2名）を購入しましたが、母が先週入院し、
付き添いの私も行けなくなりました。払い戻しか、8月の試合への振替はできますか。
購入はチケットワンのサイトからです。
"""
    , personal=[P("name", "早川 智子"), P("address", "静岡県静岡市駿河区小鹿9-9-11"),
                P("phone", "080-0000-2694"), P("email", "tomoko.hayakawa@yahoo.co.jp")]))

# --- quoted 2: dorm supervisor's note on a player's suspected eating disorder
add(mail(ORG, "宮里", "quoted", "hold", "sensitive.player_mental_health_forward",
    "上部は面談前の共有だけだが、引用された寮長のメールに選手の氏名と摂食障害の疑い・メンタルクリニック通院が書かれている。",
    MIYAZATO, [A("アスリート栄養サポート 中野 管理栄養士", "nakano@athlete-nutrition.example.jp")],
    "Fw: 三浦の食事について（寮長より）",
    """
中野さん

お疲れさまです。宮里です。
来週水曜の個別面談の前に、寮長からの報告を共有しておきます。
食事指導の進め方について、面談前に15分ほど打合せできますでしょうか。

よろしくお願いします。
""" + SIG_MIYAZATO + """
> 宮里さん
>
> 高卒2年目の三浦 湊ですが、ここ3週間ほど朝・夕ともに寮の食事をほとんど
> 残しています。体重も開幕時の78kgから71kgまで落ちました。
> 本人は「食欲がないだけ」と言っていますが、球団カウンセラーの見立てでは
> 摂食障害の可能性があるとのことで、先週からメンタルクリニックに通院を
> 始めています（本人了承済み、監督・コーチには未共有）。
> 栄養士さんに入ってもらう際は、本人を責めない形でお願いします。
>
> 若鷹寮 寮長 浜田
"""
    , personal=[P("name", "三浦 湊"), P("health", "摂食障害の可能性"),
                P("health", "メンタルクリニックに通院")]))

# --- subject only: a player's unpublished traffic-offence referral in the subject
add(mail(ORG, "石動", "subject", "hold", "sensitive.subject_criminal_proceedings",
    "本文は打合せの日程だけだが、件名に選手の実名と飲酒運転による書類送検という刑事手続きの情報が入っている。",
    ISHIDOU, [A("工藤総合法律事務所 工藤 先生", "kudo@kudo-law.example.jp")],
    "小田切 蓮 選手 酒気帯び運転による書類送検の件（未公表）",
    """
工藤先生

いつもお世話になっております。静岡レッドファルコンズの石動です。

標記の件、明日10時から球団事務所5階の会議室でお打合せをお願いできますでしょうか。
当方は球団本部長、チーム運営部長、私の3名が出席いたします。
関係資料は当日お持ちいたします。

ご多忙のところ恐縮ですが、よろしくお願いいたします。
""" + SIG_ISHIDOU,
    personal=[P("name", "小田切 蓮"), P("criminal", "酒気帯び運転による書類送検")]))

# --- zip: plain zip with medical-check register to an analytics vendor
medical_csv = csv_text(
    ["氏名", "背番号", "年齢", "身長cm", "体重kg", "体脂肪率%", "Hb g/dL", "フェリチン ng/mL", "既往・所見"],
    [["大河内 翼", "18", "24", "181", "84.2", "12.1", "15.1", "88", ""],
     ["若林 拓海", "121", "19", "184", "79.5", "10.8", "14.6", "52", "右肘内側側副靱帯損傷（加療中）"],
     ["三浦 湊", "48", "20", "178", "71.0", "7.9", "12.2", "14", "低フェリチン・体重減少 要フォロー"],
     ["比嘉 颯", "35", "23", "176", "80.3", "14.5", "15.4", "120", "喘息（吸入薬使用）"],
     ["国吉 悠斗", "24", "28", "183", "90.1", "16.0", "15.8", "141", "腰椎分離症（2021）"],
     ["水野 大和", "11", "30", "186", "93.4", "15.2", "16.0", "133", ""],
     ["宮城 蒼", "101", "21", "172", "74.8", "13.3", "13.9", "45", "B型肝炎キャリア（定期観察）"]])
add(mail(ORG, "宮里", "zip", "hold", "sensitive.zip_medical_check_register",
    "暗号化されていないZIPの中に、選手の氏名と血液検査値・既往歴を並べたメディカルチェック一覧が入っている。",
    MIYAZATO, [A("モーションラボ株式会社 データ解析チーム", "data@motion-lab.example.co.jp")],
    "ファーム選手 基礎データの送付",
    """
モーションラボ株式会社
データ解析チーム ご担当者様

お世話になっております。レッドファルコンズ育成部の宮里です。
動作解析の基礎データとしてご依頼のあったファイル一式を、ZIPにまとめてお送りします。
解析対象は先月お伝えした7名です。

データの取扱いは契約書の第8条に沿ってお願いいたします。
""" + SIG_MIYAZATO,
    attachments=[att("farm_basedata_2025.zip/medical_check_2025.csv", "text/csv", medical_csv),
                 att("farm_basedata_2025.zip/readme.txt", "text/plain",
                     "2025年春季メディカルチェック結果（ファーム）\n測定日: 2025/02/03-02/05\n作成: 育成部 宮里\n")],
    personal=[P("name", "三浦 湊"), P("health", "低フェリチン・体重減少 要フォロー"),
              P("name", "比嘉 颯"), P("health", "喘息（吸入薬使用）"),
              P("name", "宮城 蒼"), P("health", "B型肝炎キャリア（定期観察）")]))

# --- recipients: parents' private addresses in To
parents_to = [
    A("若林 浩", "hiroshi.wakabayashi@gmail.com"),
    A("三浦 直美", "naomi.miura.0903@yahoo.co.jp"),
    A("比嘉 勇", "isamu.higa@outlook.com"),
    A("大城 真由美", "mayumi.oshiro@gmail.com"),
    A("金城 剛", "tsuyoshi.kinjo@yahoo.co.jp"),
    A("佐野 文子", "fumiko.sano77@gmail.com"),
    A("堀内 健一", "k.horiuchi@outlook.com"),
    A("木下 美穂", "miho.kinoshita@gmail.com"),
    A("松井 大介", "daisuke.matsui.home@yahoo.co.jp"),
    A("山本 里美", "satomi.yamamoto@gmail.com"),
    A("前田 浩二", "koji.maeda.1970@outlook.com"),
    A("小池 直子", "naoko.koike@gmail.com"),
]
add(mail(ORG, "宮里", "recipients", "hold", "recipients.parents_in_to",
    "育成選手の保護者12名の私用アドレスを宛先(To)に並べており、BCCにすべき一斉送信である。",
    MIYAZATO, parents_to,
    "若鷹寮 保護者見学会のご案内",
    """
保護者の皆様

いつも選手たちを温かく見守っていただき、ありがとうございます。
育成部の宮里です。

今年も若鷹寮の保護者見学会を下記のとおり開催いたします。

　日時：11月22日（土）13:00〜16:00
　集合：ファルコンズ二軍球場 正面ゲート（12:45）
　内容：寮の居室・食堂の見学、管理栄養士による食事の説明、
　　　　秋季練習の見学、コーチとの懇談
　駐車場：二軍球場 第2駐車場をご利用ください

ご出欠を11月10日（月）までに、このメールへのご返信でお知らせください。
遠方からお越しの方には、提携ホテルのご案内もできます。
""" + SIG_MIYAZATO))

# ============================================================ PASSES
add(mail(ORG, "石動", "none", "pass", "benign.meeting_arrangement_chain",
    "球場運営会社との打合せ日程の返信で、相手方の担当者名と重い署名があるだけである。",
    ISHIDOU, [A("駿河スタジアムマネジメント株式会社 運営課 青島", "aoshima@suruga-stadium.example.co.jp")],
    "Re: 開幕3連戦 運営会議の日程",
    """
青島様

お世話になっております。レッドファルコンズの石動です。
ご調整ありがとうございます。3月4日（火）15:00〜 で承知しました。

当方からは、チーム運営部長の杉村、広報の北原、私の3名で伺います。
議題に以下2点を追加いただけますでしょうか。

　・ビジター球団のバス駐車位置（今年から大型2台になる件）
　・試合前セレモニーの進行（始球式は静岡市長の予定）

よろしくお願いいたします。
""" + SIG_ISHIDOU + """
On Fri, Feb 21, 2025 at 10:15 AM 青島 <aoshima@suruga-stadium.example.co.jp> wrote:
> 石動様
>
> いつもお世話になっております。駿河スタジアムマネジメントの青島です。
> 開幕3連戦（3/28〜30）の運営会議ですが、3月4日（火）15時からで
> いかがでしょうか。警備会社、清掃会社の担当者も同席予定です。
>
> ─────────────────
> 駿河スタジアムマネジメント株式会社
> 運営課 課長　青島 伸吾
> TEL 054-0000-8801 / FAX 054-0000-8802
> ─────────────────
"""))

add(mail(ORG, "Daniel Saeki", "none", "pass", "benign.swift_remittance_corporate",
    "海外球団への移籍金送金の連絡で、記載の口座・SWIFTは相手球団の法人口座である。",
    SAEKI, [A("Laura Bennett", "lbennett@riverhawks-baseball.example.com")],
    "Remittance advice - transfer fee for Carlos Mendoza",
    """
Dear Laura,

Thank you again for your cooperation over the past few weeks.

This is to confirm that today we remitted the transfer fee agreed in the
Player Transfer Agreement dated November 28, 2024:

  Amount: USD 350,000.00
  Beneficiary: Riverhawks Baseball Club LLC
  Bank: First Harbor Bank, N.A., Tampa, FL
  Account No.: 0040-118-2273
  SWIFT: FHBKUS00XXX
  Our reference: SRF-TR-2024-017

Please let us know once the funds are received. Our accounting team will send
the official remittance slip by post.

Best regards,
Daniel
""" + SIG_SAEKI,
    cc=[A("静岡レッドファルコンズ 経理部", f"keiri@{DOM}")]))

add(mail(ORG, "宮里", "none", "pass", "benign.public_figures_baseball_clinic",
    "少年野球教室の案内で、名前が出るのは公人として活動する選手・OBと市の担当者のみである。",
    MIYAZATO, [A("静岡市教育委員会 スポーツ振興課 望月", "sports-shinko@city-shizuoka.example.lg.jp")],
    "冬季少年野球教室（12月）の講師について",
    """
静岡市教育委員会
スポーツ振興課 望月様

いつもお世話になっております。レッドファルコンズ育成部の宮里です。
12月14日（日）の少年野球教室の講師が決まりましたのでお知らせします。

　投手の部：水野 大和 投手（背番号11）、比嘉 颯 投手（背番号35）
　野手の部：国吉 悠斗 選手（背番号24）
　総合指導：球団OB・野球振興アンバサダー 村松 剛 氏

当日は9:00に草薙総合運動場の多目的グラウンドに入ります。
参加予定の小学生は約120名と伺っていますので、ボール200球を持参します。
ファンサービスとしてサイン会も行いますが、色紙は各自持参でお願いできればと思います。
""" + SIG_MIYAZATO))

add(mail(ORG, "石動", "none", "pass", "benign.equipment_order_jan",
    "用具メーカーへの発注で、JANコード・シリアル番号と人名のようなカタカナの商品名が並ぶだけである。",
    ISHIDOU, [A("株式会社ハヤセスポーツ 球団営業部 岩崎", "iwasaki@hayase-sports.example.co.jp")],
    "春季キャンプ用 追加発注",
    f"""
株式会社ハヤセスポーツ
球団営業部 岩崎様

いつもお世話になっております。レッドファルコンズの石動です。
春季キャンプ用に、下記を追加で発注させてください。

　1. 硬式木製バット「ミナト」モデル 84cm　JAN {jan("490123456701")}　×12本
　2. 硬式木製バット「カイト」モデル 85cm　JAN {jan("490123456702")}　×6本
　3. 投手用グラブ「ハルト」 右投用 ブラック　JAN {jan("490123456715")}　×3
　4. キャッチャーミット「ソウマ」 JAN {jan("490123456728")}　×2
　5. ピッチングマシン替えホイール（シリアル PM-3000-021844 用）×2セット

納品先は二軍球場の用具室、1月20日必着でお願いします。
請求書は球団本社 チーム運営部宛でお願いいたします。
""" + SIG_ISHIDOU))

add(mail(ORG, "Daniel Saeki", "none", "pass", "benign.scoreboard_outage_hashes",
    "スコアボード制御PCの「障害」とウイルス「感染」疑い・ログのハッシュ値の連絡で、個人情報は含まれない。",
    SAEKI, [A("ビジョンテック株式会社 保守窓口", "hoshu@visiontech.example.co.jp")],
    "スコアボード表示障害とウイルス感染の疑いについて",
    """
ビジョンテック株式会社 保守窓口 御中

お世話になっております。静岡レッドファルコンズの佐伯です。
昨日のナイトゲーム（7/15）で、メインスコアボードに表示障害が発生しました。

　発生時刻：19:42〜19:58（6回表〜裏）
　症状：打者成績エリアが黒画面、球速表示は正常
　制御PC：SB-CTRL-02（資産番号 RF-IT-0193）

試合後にウイルス対策ソフトを実行したところ、USBメモリ経由の感染の疑いがある
ファイルが検出され、該当PCはネットワークから隔離しています。
検出ファイルのハッシュ値は以下のとおりです。

　SHA-256: 9f2c4e81a7d05b3361e0c8a4f95d27be1043c6aa58e9d71f02b6c3e8d4a9107f
　SHA-256: 03be77a1c9e24f5068d1ab3f62c90e47d81a5f2b76c03e9d4458a1f0c2e6b9d3

次のホームゲーム（7/18）までに復旧が必要です。本日中の来場は可能でしょうか。
""" + SIG_SAEKI))

add(mail(ORG, "宮里", "none", "pass", "benign.to_data_subject_own_results",
    "選手本人の私用アドレスに本人の体組成測定結果を送るもので、第三者への送信ではない。",
    MIYAZATO, [A("大河内 翼", "tsubasa.okouchi07@gmail.com")],
    "秋季測定の結果（大河内さん本人用）",
    """
大河内さん

お疲れさまです。宮里です。
先週の秋季測定の結果を送ります。本人用ですので取扱いに気を付けてください。

　体重　84.2kg（春 82.6kg）
　体脂肪率　12.1%（春 13.4%）
　除脂肪量　74.0kg（+2.4kg）
　30m走　4.02秒（チーム内3位）
　握力　右58 / 左55

オフの目標は、体重を維持したまま体脂肪率11%台とのことでしたね。
トレーニングメニューは津田トレーナーから来週渡します。
""" + SIG_MIYAZATO))

add(mail(ORG, "石動", "none", "pass", "benign.press_roster_moves_public",
    "公示済みの出場選手登録・抹消を報道各社へBCCで知らせるもので、公人の公開情報である。",
    ISHIDOU, [PRESS],
    "【公示】出場選手登録・抹消のお知らせ（8月19日）",
    """
報道関係各位

いつもお世話になっております。静岡レッドファルコンズです。
本日付の出場選手登録・抹消をお知らせいたします（NPB公示済み）。

【登録】
　投手　比嘉 颯（背番号35）
　内野手　宮城 蒼（背番号101→52、育成から支配下選手登録）

【抹消】
　投手　国吉 悠斗（背番号24）
　外野手　水野 大和（背番号11）

なお、個別の取材申請は広報部（054-0000-7705）までお願いいたします。
""" + SIG_ISHIDOU,
    bcc=[A("静岡日報 運動部", "sports@shizuoka-nippo.example.co.jp"),
         A("東海スポーツ 野球班", "baseball@tokai-sports.example.jp"),
         A("SBCテレビ スポーツ", "sports@sbc-tv.example.co.jp"),
         A("駿河放送 報道部", "news@suruga-hoso.example.co.jp"),
         A("ベースボールタイムズ 編集部", "edit@bb-times.example.com"),
         A("共同通信社 静岡支局", "shizuoka@kyodo-news.example.jp"),
         A("スポーツ東日本 野球部", "npb@sports-higashi.example.jp"),
         A("静岡FM ニュース", "news@shizuoka-fm.example.jp"),
         A("中部新報 静岡総局", "shizuoka@chubu-shinpo.example.co.jp"),
         A("日刊ベース 編集部", "desk@nikkan-base.example.jp"),
         A("野球ウェブ編集部", "info@yakyu-web.example.com"),
         A("テレビ駿河 スポーツ部", "sports@tv-suruga.example.co.jp")]))

add(mail(ORG, "石動", "none", "pass", "benign.bus_vehicle_numbers",
    "遠征バスの手配連絡で、登録番号（ナンバー）は会社の車両、乗務員名は業務上の担当者である。",
    ISHIDOU, [A("東海観光バス株式会社 配車センター 野村", "haisha@tokai-kanko-bus.example.co.jp")],
    "9/20-21 神宮遠征 バス手配の確認",
    """
東海観光バス株式会社
配車センター 野村様

いつもお世話になっております。レッドファルコンズの石動です。
9月20日〜21日の遠征バスの件、配車表ありがとうございました。内容確認しました。

　1号車（選手）：静岡 200 か 00-18　乗務員 長田様・杉本様
　2号車（スタッフ・用具）：静岡 200 か 00-27　乗務員 森様
　出発：20日 9:30 二軍球場 正面　→　宿舎（品川）着 12:30予定
　復路：21日 試合終了後（22:00目安）神宮第2駐車場 出発

用具トラックは別手配です。1号車の後方2列を空けておいていただけると助かります。
何かあれば携帯までお電話ください。
""" + SIG_ISHIDOU))

add(mail(ORG, "Daniel Saeki", "none", "pass", "benign.employment_verification_consent",
    "本人の同意を得て、在籍期間と職名だけを不動産会社に回答する最小限の在籍確認である。",
    SAEKI, [A("Bayside Realty Leasing Team", "leasing@bayside-realty.example.com")],
    "Employment verification - Mr. Kevin Brooks",
    """
To whom it may concern,

At the request of Mr. Kevin Brooks, and with his written consent dated
October 6, 2025, we confirm the following:

  Name: Kevin Brooks
  Employer: Shizuoka Red Falcons Baseball Club (K.K. Shizuoka Red Falcons)
  Position: Professional baseball player (contracted)
  Employment period: February 1, 2024 - present

This letter does not include compensation or any other information.
Should you require anything further, please contact Mr. Brooks directly.

Sincerely,
Daniel Saeki
""" + SIG_SAEKI))

add(mail(ORG, "宮里", "none", "pass", "benign.vaccination_schedule_aggregate",
    "インフルエンザ予防接種の日程と人数のみを産業医クリニックと調整しており、個人名や病状はない。",
    MIYAZATO, [A("駿府メディカルクリニック 健診センター 大石", "kenshin@sunpu-medical.example.jp")],
    "インフルエンザ予防接種（球団集団接種）の日程",
    """
駿府メディカルクリニック
健診センター 大石様

いつもお世話になっております。レッドファルコンズ育成部の宮里です。
今年の集団接種について、対象人数がまとまりましたのでご連絡します。

　11月5日（水）13:00〜15:00　二軍球場 会議室
　　ファーム選手・寮生 42名、育成スタッフ 11名
　11月12日（水）10:00〜12:00　球団本社 5階
　　フロント職員 38名
　合計 91名（昨年 84名）

予診票は人数分を事前にお送りいただけますでしょうか。
費用は例年どおり球団一括でのお支払いでお願いいたします。
""" + SIG_MIYAZATO))

assert len(MAILS) == 20
