"""Org E: 社会福祉法人 北浜市社会福祉協議会 — a municipal social welfare council
(地域福祉課・ボランティアセンター・総務課)."""
from common import (T, join, addr, quote_gmail, original, forwarded, tensou, att,
                    enc_zip, hold, ok, houjin)

ORG = "E"
DOM = "kitahama-shakyo.example.or.jp"
CITY = "city.kitahama.example.lg.jp"

SASAKI = addr("佐々木 恵（北浜市社協 地域福祉課）", f"m-sasaki@{DOM}")
NAKAJIMA = addr("北浜市ボランティアセンター 中島", f"vc-nakajima@{DOM}")
FUJII = addr("藤井 幸子", f"fujii.s@{DOM}")

SIG = {
    "sasaki": T(f"""
        ┏━━━━━━━━━━━━━━━━━━━━━━┓
        　社会福祉法人 北浜市社会福祉協議会
        　地域福祉課　生活支援コーディネーター
        　佐々木 恵（ささき めぐみ）
        　〒980-0000 北浜市本町1-6-2 北浜市総合福祉センター2階
        　TEL 022-0000-3361 ／ FAX 022-0000-3369
        ┗━━━━━━━━━━━━━━━━━━━━━━┛
        """),
    "nakajima": T(f"""
        ----
        北浜市ボランティアセンター（北浜市社会福祉協議会）
        中島 大輔
        TEL 022-0000-3380　開所 平日9:00〜17:00
        vc-nakajima@{DOM}
        ボランティア登録はこちら → https://www.kitahama-shakyo.example.or.jp/volunteer/
        """),
    "fujii": T(f"""
        ＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
        社会福祉法人 北浜市社会福祉協議会 総務課
        藤井 幸子
        TEL 022-0000-3350（代表）　fujii.s@{DOM}
        ＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
        """),
}


def mails():
    m = []

    # ---------------------------------------------------------------- holds
    m.append(hold(
        kind="sensitive.disability_to_minsei", writer="sasaki", loc="body",
        why="民生委員の個人アドレスへ、相談者の氏名・住所・電話と精神障害者保健福祉手帳の等級、家賃滞納を送っている。",
        frm=SASAKI, to=[addr("吉田 久美子（民生委員）", "kumiko.yoshida.minsei@gmail.com")],
        subject="本町3丁目の相談者の見守りについて（お願い）",
        text=join(T("""
            吉田 民生委員さま

            いつも地域でのご活動ありがとうございます。社協の佐々木です。
            先週、生活福祉資金のご相談に来られた方について、
            担当地区の民生委員としてお気にかけていただきたく、ご連絡しました。

            ・お名前：沢田 弘 さん（52歳・単身）
            ・お住まい：北浜市本町3-9-4 ハイツ本町102
            ・電話：080-0000-5907
            ・状況：精神障害者保健福祉手帳2級をお持ちで、昨年秋に失職。
            　家賃を3か月滞納しており、大家さんから退去を求められているそうです。
            　貸付の審査と並行して、住居確保給付金の申請も進めています。

            人との接触が苦手な方なので、訪問の前に私から一度ご本人へ
            声をかけておきます。ご都合のよい日を教えてください。
            """), SIG["sasaki"]),
        personal=[("name", "沢田 弘"), ("address", "北浜市本町3-9-4 ハイツ本町102"),
                  ("phone", "080-0000-5907"), ("disability", "精神障害者保健福祉手帳2級"),
                  ("debt", "家賃を3か月滞納")],
    ))

    m.append(hold(
        kind="id.pension_and_bank_account", writer="sasaki", loc="body",
        why="利用者の基礎年金番号と個人の年金振込口座、認知症の診断を司法書士へ本文で送っている。",
        frm=SASAKI, to=[addr("司法書士 吉川 修（吉川事務所）", "office@yoshikawa-shihoshoshi.example.jp")],
        subject="成年後見申立ての準備について（日常生活自立支援事業 利用者）",
        text=join(T("""
            吉川事務所
            吉川 先生

            いつもお世話になっております。北浜市社協の佐々木です。
            先日ご相談した日常生活自立支援事業の利用者について、
            後見申立ての準備に必要な情報をお送りします。

            　氏名：石井 ハル 様（昭和14年5月2日生）
            　住所：北浜市若林2-3-8
            　診断：アルツハイマー型認知症（北浜中央病院 もの忘れ外来、令和7年4月）
            　基礎年金番号：4102-718365
            　年金振込口座：北浜銀行 若林支店 普通 2284619 イシイ ハル
            　月額：老齢基礎年金 約6.1万円、遺族厚生年金 約5.4万円

            申立人はご本人の姪（市外在住）になる見込みです。
            診断書（成年後見用）は来週取得予定です。
            """), SIG["sasaki"]),
        personal=[("name", "石井 ハル"), ("birth_date", "昭和14年5月2日"),
                  ("diagnosis", "アルツハイマー型認知症"),
                  ("pension_number", "4102-718365"),
                  ("bank_account", "普通 2284619")],
    ))

    m.append(hold(
        kind="sensitive.probation_status", writer="nakajima", loc="body",
        why="ボランティア希望者の氏名・電話と、保護観察中（執行猶予判決）という犯罪の経歴を受入施設へ伝えている。",
        frm=NAKAJIMA, to=[addr("特別養護老人ホーム 北浜やすらぎ苑 生活相談員 千田", "chida@kitahama-en.example.or.jp")],
        subject="ボランティア受入れのご相談（傾聴・レクリエーション）",
        text=join(T("""
            北浜やすらぎ苑
            千田さま

            いつもボランティアの受入れにご協力いただきありがとうございます。
            ボランティアセンターの中島です。

            傾聴・レクリエーションの活動先として、下記の方をご紹介したいと考えています。

            ・お名前：森 翔平 さん（24歳）
            ・連絡先：090-0000-6173
            ・活動希望：平日の午後、週1回程度
            ・その他：ご本人から、昨年、窃盗で執行猶予付きの判決を受け、
            　現在保護観察中であると打ち明けられています。
            　保護司の先生からも、社会参加の場として活動を勧められているそうです。
            　ご本人はとても真面目な印象で、高齢者の方と話すのが好きとのことです。

            受入れが可能かどうか、施設内でご検討いただけますでしょうか。
            """), SIG["nakajima"]),
        personal=[("name", "森 翔平"), ("phone", "090-0000-6173"),
                  ("criminal_record", "窃盗で執行猶予付きの判決を受け、"),
                  ("criminal_record", "保護観察中")],
    ))

    watch = T("""
        見守り配食 対象者一覧（7月開始分）
        No | 氏名 | 年齢 | 住所 | 電話 | 配食 | 留意事項 | 緊急連絡先
        1 | 小田 キミ | 89 | 北浜市若林4-1-12 | 022-0000-4127 | 昼・夕 | 糖尿病食（1,400kcal） | 長男 090-0000-2211
        2 | 佐野 勇 | 81 | 北浜市本町5-7-3 | 022-0000-8836 | 夕 | 嚥下困難・刻み食 | 民生委員 吉田
        3 | 田島 スミ子 | 92 | 北浜市中央2-15-6-204 | 022-0000-3309 | 昼 | 腎臓病・塩分制限 | 長女 080-0000-9412
        4 | 浜田 勝 | 77 | 北浜市東浦1-3-28 | 022-0000-6650 | 昼・夕 | 認知症あり、不在時は社協へ連絡 | 社協 佐々木
        5 | 安井 トメ | 86 | 北浜市若林1-22-9 | 022-0000-1184 | 夕 | エビ・カニアレルギー | 次女 070-0000-3578
        """)
    m.append(hold(
        kind="list.meal_delivery_watch_list", writer="sasaki", loc="attachment",
        why="添付の一覧に高齢者複数名の氏名・年齢・住所・電話と持病・認知症などの健康情報が並んでいる。",
        frm=SASAKI, to=[addr("株式会社まごころ配食 北浜営業所", "kitahama@magokoro-haishoku.example.co.jp")],
        subject="見守り配食　7月開始分の対象者について",
        text=join(T("""
            株式会社まごころ配食
            北浜営業所 ご担当者様

            いつもお世話になっております。北浜市社協の佐々木です。
            7月から見守り配食を開始する方の一覧をお送りします。
            配達時にお変わりがあった場合は、一覧の緊急連絡先、
            またはこれまでどおり社協（022-0000-3361）へご連絡ください。

            初回配達の前に、担当の配達員さんと顔合わせをする方もいます。
            日程は追ってご相談させてください。
            """), SIG["sasaki"]),
        attachments=[att("見守り配食_対象者一覧_2025-07.xlsx", watch)],
        personal=[("name", "小田 キミ"), ("address", "北浜市若林4-1-12"),
                  ("health", "糖尿病食（1,400kcal）"), ("name", "田島 スミ子"),
                  ("phone", "022-0000-6650"), ("health", "認知症あり、不在時は社協へ連絡")],
    ))

    transport = T("""
        利用者番号,氏名,住所,電話,車いす,送迎先,曜日,備考
        IS-031,菅野 貞夫,北浜市東浦3-8-1,022-0000-7741,リクライニング,北浜腎クリニック,月水金,人工透析（8:00着）
        IS-044,阿部 ヨシ,北浜市中央4-2-19,022-0000-2093,標準型,北浜中央病院,火,酸素ボンベ携行
        IS-052,三浦 光男,北浜市若林3-11-5-101,080-0000-6325,なし（杖）,北浜腎クリニック,火木土,人工透析（13:00着）
        IS-058,熊谷 ツヤ子,北浜市本町2-20-7,022-0000-5418,標準型,東北リハビリ病院,水,右半身まひ
        """)
    m.append(hold(
        kind="list.transport_user_roster", writer="fujii", loc="attachment",
        why="添付CSVに移送サービス利用者の氏名・住所・電話と人工透析・まひなどの健康情報が並んだ名簿が含まれる。",
        frm=FUJII, to=[addr("北浜交通株式会社 福祉タクシー係", "fukushi@kitahama-kotsu.example.co.jp")],
        subject="福祉有償運送　7月分の運行委託に係る利用者名簿",
        text=join(T("""
            北浜交通株式会社
            福祉タクシー係 ご担当者様

            いつも大変お世話になっております。北浜市社協 総務課の藤井です。
            7月から運行の一部を御社へ委託するにあたり、対象となる利用者の名簿を
            お送りします（委託分4名）。

            契約書第8条の個人情報の取扱いに沿って管理をお願いいたします。
            配車表は別途、地域福祉課からお送りします。
            """), SIG["fujii"]),
        attachments=[att("福祉有償運送_委託利用者名簿_202507.csv", transport)],
        personal=[("name", "菅野 貞夫"), ("address", "北浜市東浦3-8-1"),
                  ("health", "人工透析（8:00着）"), ("name", "熊谷 ツヤ子"),
                  ("phone", "080-0000-6325")],
    ))

    vol = T("""
        佐々木さん

        ふれあいサロン若林の斎藤です。お疲れさまです。
        来週のサロンについてご相談です。

        毎回来てくださっている野口 ハツさん（86歳）が、ノロウイルスに感染して
        北浜中央病院に入院されたと、ご近所の方から聞きました。
        先週のサロンでは一緒にお茶を飲んだ方も多いので、
        来週は中止にしたほうがよいでしょうか。
        ヘルパーさん（ひだまりさん）にも伝えたほうがいいかもしれません。

        斎藤 和江
        """)
    m.append(hold(
        kind="sensitive.infection_forwarded", writer="sasaki", loc="quoted",
        why="転送部分に特定の高齢者のノロウイルス感染と入院という第三者の健康情報が含まれたまま訪問介護事業所へ送っている。",
        frm=SASAKI, to=[addr("訪問介護ひだまり サービス提供責任者", "sekinin@hidamari-care.example.jp")],
        subject="Fw: 来週のサロンについて",
        text=join(T("""
            訪問介護ひだまり
            サービス提供責任者さま

            北浜市社協の佐々木です。いつもお世話になっております。
            サロンのボランティアから下記の連絡がありましたので共有します。
            若林地区で御社が訪問している方の中にも、先週サロンに参加された方が
            いらっしゃると思います。体調の変化に気をつけていただけますでしょうか。

            サロンは来週・再来週とも中止にしました。
            """), SIG["sasaki"],
            forwarded("斎藤 和江 <kazue.saito.salon@yahoo.co.jp>", "2025年6月16日(月) 19:40",
                      "来週のサロンについて", "m-sasaki@kitahama-shakyo.example.or.jp", vol)),
        personal=[("name", "野口 ハツ"), ("infection", "ノロウイルスに感染して"),
                  ("hospital", "北浜中央病院に入院")],
    ))

    victim = T("""
        北浜市社会福祉協議会　佐々木様

        先日は話を聞いてくださりありがとうございました。
        父のことで、改めて経緯を書きます。

        父：岡部 忠雄（81歳）北浜市東浦2-6-10、電話 022-0000-9973
        5月20日に「息子を名乗る電話」があり、会社の金を使い込んだと言われ、
        自宅に来た男に現金380万円を渡してしまいました。
        北浜東警察署に被害届を出しています（受理番号 北東-2025-0412）。
        父は通帳の残高がほとんどなくなり、今月の家賃も払えない状態です。
        弁護士さんに、返金の可能性や今後の手続きを相談できないでしょうか。

        岡部 美奈子（長女）
        090-0000-8127
        """)
    m.append(hold(
        kind="sensitive.fraud_victim_forwarded", writer="sasaki", loc="quoted",
        why="転送部分に特殊詐欺の被害者の氏名・住所・電話と被害額・被害届の受理番号が含まれ、犯罪被害の情報を法律事務所へ送っている。",
        frm=SASAKI, to=[addr("北浜ひまわり法律事務所 相談受付", "soudan@himawari-law.example.jp")],
        subject="Fw: 父のことでご相談（法律相談のご依頼）",
        text=join(T("""
            北浜ひまわり法律事務所
            相談受付ご担当者様

            いつもお世話になっております。北浜市社会福祉協議会の佐々木です。
            社協の無料法律相談の枠で、下記のご家族のご相談をお願いしたく、
            ご本人のご了解のもと、いただいたメールを転送いたします。

            7月の相談日（7/9、7/23）のいずれかで調整いただけますと幸いです。
            ご家族は平日の夕方以降であれば電話に出られるそうです。
            """), SIG["sasaki"],
            forwarded("岡部 美奈子 <minako.okabe@gmail.com>", "2025年6月13日(金) 21:17",
                      "父のことで", "m-sasaki@kitahama-shakyo.example.or.jp", victim)),
        personal=[("name", "岡部 忠雄"), ("address", "北浜市東浦2-6-10"),
                  ("phone", "022-0000-9973"), ("crime_victim", "現金380万円を渡してしまいました"),
                  ("police_case", "北東-2025-0412"), ("name", "岡部 美奈子")],
    ))

    m.append(hold(
        kind="sensitive.dementia_in_subject", writer="sasaki", loc="subject",
        why="件名に高齢者の氏名・住所と認知症の進行が書かれ、健康情報が件名だけで新聞販売所へ出る。",
        frm=SASAKI, to=[addr("毎朝新聞 北浜中央販売所", "kitahama-chuo@maiasa-hanbai.example.jp")],
        subject="【見守り協定】大西 キヨ様（本町3-5-12）認知症が進んできたため安否確認のお願い",
        text=join(T("""
            毎朝新聞 北浜中央販売所
            所長さま

            いつも見守り協定にご協力いただき、ありがとうございます。
            北浜市社協の佐々木です。

            件名の方について、ご家族から「最近、日付が分からなくなってきた」と
            ご相談がありました。朝刊の配達時に、新聞が前日のまま残っている、
            夜間も電気がつきっぱなし等の様子があれば、社協までお電話ください。

            　連絡先：022-0000-3361（平日）／022-0000-3399（夜間・休日の当番携帯）

            引き続きよろしくお願いいたします。
            """), SIG["sasaki"]),
        personal=[("name", "大西 キヨ"), ("address", "本町3-5-12"),
                  ("health", "認知症が進んできた")],
    ))

    m.append(hold(
        kind="attachment.encrypted_zip", writer="fujii", loc="zip",
        why="パスワード付きZIP（PPAP）で配分対象世帯の資料を送っており、中身を検査できない。",
        frm=FUJII, to=[addr("県共同募金会 配分担当", "haibun@kyodobokin-ken.example.or.jp")],
        subject="歳末たすけあい配分金　対象世帯資料の提出",
        text=join(T("""
            県共同募金会
            配分担当 ご担当者様

            お世話になっております。北浜市社会福祉協議会 総務課の藤井です。
            令和6年度 歳末たすけあい配分金の実績報告に添付する、
            対象世帯資料を提出いたします。

            ファイルにはパスワードを設定しております。
            解凍用パスワードは別途メールにてお送りいたします。
            """), SIG["fujii"]),
        attachments=[enc_zip("saimatsu_R6_taisho.zip")],
    ))

    vols = [
        addr("阿部 隆", "takashi.abe.vol@gmail.com"),
        addr("伊藤 沙織", "saori.ito@yahoo.co.jp"),
        addr("遠藤 翼", "tsubasa.endo.0909@outlook.com"),
        addr("大沼 和枝", "kazue.onuma@gmail.com"),
        addr("菅原 拓", "taku.sugawara@yahoo.co.jp"),
        addr("佐藤 由美", "yumi.sato.kitahama@gmail.com"),
        addr("高橋 陸", "riku.takahashi.2003@gmail.com"),
        addr("千葉 優子", "yuko.chiba.v@outlook.com"),
        addr("及川 誠", "makoto.oikawa@yahoo.co.jp"),
        addr("小野 愛", "ai.ono.kitahama@gmail.com"),
    ]
    vols_cc = [
        addr("紺野 修", "osamu.konno@outlook.com"),
        addr("渡辺 陽子", "yoko.watanabe.55@gmail.com"),
        addr("鈴木 健太（北浜学院大学 ボランティアサークル）", "kenta.suzuki@st.kitahama-gakuin.example.ac.jp"),
        addr("北浜市 危機管理課 防災係", f"bousai@{CITY}"),
    ]
    m.append(hold(
        kind="recipients.volunteers_in_to", writer="nakajima", loc="recipients",
        why="登録ボランティアら14件の社外アドレス（多くは個人）をTo/CCに並べて送っており、BCCにすべきアドレスが互いに見える。",
        frm=NAKAJIMA, to=vols, cc=vols_cc,
        subject="災害ボランティアセンター運営訓練のご案内（7/27）",
        text=join(T("""
            災害ボランティア登録者の皆さま

            いつもお世話になっております。北浜市ボランティアセンターの中島です。
            今年度の災害ボランティアセンター運営訓練を、下記のとおり実施します。

            　日時：2025年7月27日（日）9:30〜15:00
            　会場：北浜市総合福祉センター 1階 多目的ホール・駐車場
            　内容：受付・マッチング・資材貸出の各班に分かれての実地訓練
            　持ち物：動きやすい服装、飲み物、昼食（お弁当は用意できません）
            　申込：7月15日までにこのメールに返信してください

            北浜市危機管理課の方にもご参加いただきます。
            大学のボランティアサークルからも参加予定です。
            """), SIG["nakajima"]),
    ))

    # ---------------------------------------------------------------- passes
    m.append(ok(
        kind="benign.disability_employment_rate", writer="fujii",
        why="障害者雇用率などの集計値の報告で、個人を特定する情報はない。",
        frm=FUJII, to=[addr("北浜市 福祉総務課 法人指導係", f"hojin-shido@{CITY}")],
        subject="令和7年度 障害者雇用状況等の報告について",
        text=join(T("""
            北浜市 福祉総務課
            法人指導係 ご担当者様

            いつもお世話になっております。北浜市社会福祉協議会 総務課の藤井です。
            指導監査の事前資料として、障害者雇用状況を下記のとおりご報告します。

            　基準日：2025年6月1日
            　常用労働者数：86名（短時間労働者は0.5人換算）
            　障害者である労働者数：3.0名（重度の方のダブルカウントを含む）
            　実雇用率：3.49%（法定雇用率 2.5%）
            　前年度からの増減：＋1.0名

            また、職員の健康経営の取組みとして、ストレスチェック受検率 96.5%、
            定期健康診断受診率 100% であったことを併せて報告します。
            """), SIG["fujii"]),
    ))

    m.append(ok(
        kind="benign.dementia_cafe_aggregate", writer="sasaki",
        why="認知症カフェの参加者数などを集計値でまとめた実績報告で、個人は特定されない。",
        frm=SASAKI, to=[addr("北浜市 高齢福祉課 地域包括ケア推進係", f"houkatsu@{CITY}")],
        cc=[addr("北浜市地域包括支援センター 本町", "honmachi@houkatsu-kitahama.example.jp")],
        subject="認知症カフェ「オレンジ茶房」令和6年度実績報告",
        text=join(T("""
            北浜市 高齢福祉課
            地域包括ケア推進係 ご担当者様

            お世話になっております。北浜市社協の佐々木です。
            令和6年度の認知症カフェ実績をご報告いたします。

            　開催回数：24回（市内3会場 × 月1回 ※8月・1月は休止）
            　参加者延べ数：312名
            　　うち認知症のある方：延べ48名
            　　うち家族介護者：延べ71名
            　　うち地域住民・ボランティア：延べ193名
            　専門職相談件数：37件（うち地域包括支援センターへのつなぎ 9件）

            参加者アンケートでは「家族以外に話せる場がある」との声が多く、
            令和7年度は若林地区での新規開設を予定しています。
            """), SIG["sasaki"]),
    ))

    prev = T("""
        佐々木様

        北浜学院大学の藤原です。議事録案の送付ありがとうございました。
        「基本目標2」の表現について、「支え合い」より「つながり」のほうが
        住民アンケートの結果に近いと思います。ご検討ください。

        ----------
        北浜学院大学 人間福祉学部 教授
        藤原 誠一
        TEL 022-0000-8801（研究室）
        ----------
        """)
    m.append(ok(
        kind="benign.committee_minutes_chain", writer="sasaki",
        why="策定委員会の委員（大学教員・団体代表）との議事録のやり取りで、公的役割の氏名と署名のみを含む。",
        frm=SASAKI, to=[addr("藤原 誠一（北浜学院大学）", "s-fujiwara@kitahama-gakuin.example.ac.jp")],
        cc=[addr("北浜市自治会連合会 会長 高野", "takano@kitahama-jichiren.example.jp"),
            addr("北浜市民生委員児童委員協議会 事務局", "minjikyo@kitahama-shakyo.example.or.jp"),
            addr("北浜市 地域福祉課 菊池", f"kikuchi@{CITY}"),
            addr("北浜商工会議所 小松", "komatsu@kitahama-cci.example.or.jp")],
        subject="Re: 第3回 地域福祉活動計画策定委員会 議事録（案）",
        text=join(T("""
            藤原委員長

            ご確認ありがとうございます。社協の佐々木です。
            ご指摘の「基本目標2」は「地域のつながりをつくる」に修正します。
            他の委員の皆さまからも、6月27日までにご意見をいただければ反映いたします。

            第4回委員会は7月25日（金）14:00〜、総合福祉センター2階会議室です。
            高野会長には、自治会アンケートの速報値のご報告をお願いする予定です。
            """), SIG["sasaki"],
            quote_gmail("2025年6月18日(水) 17:46 藤原 誠一 <s-fujiwara@kitahama-gakuin.example.ac.jp>:", prev)),
    ))

    corp = houjin("036001020148")
    m.append(ok(
        kind="benign.corporate_donation_thanks", writer="fujii",
        why="企業からの寄付へのお礼で、企業名・法人番号・社協の法人口座のみを含む。",
        frm=FUJII, to=[addr("北浜ガス株式会社 総務部 CSR推進室", "csr@kitahama-gas.example.co.jp")],
        subject="ご寄付への御礼と受領証の送付について",
        text=join(T(f"""
            北浜ガス株式会社
            総務部 CSR推進室 御中

            拝啓　時下ますますご清栄のこととお慶び申し上げます。
            このたびは、本会の子ども食堂支援事業に対し、多大なるご寄付を賜り、
            誠にありがとうございました。

            　ご寄付額：1,000,000円
            　ご入金日：2025年6月12日
            　ご入金口座：北浜銀行 本店 普通 1190023 フク）キタハマシシャカイフクシキョウギカイ
            　貴社 法人番号：{corp}

            寄付金受領証明書（法人税法上の損金算入用）は、本日郵送いたしました。
            広報誌「社協きたはま」8月号にて、貴社名を掲載させていただく予定です。
            掲載内容の確認を別途お願いいたします。
            敬具
            """), SIG["fujii"]),
    ))

    m.append(ok(
        kind="benign.temple_venue", writer="nakajima",
        why="宗教法人（寺院）から会場を借りる調整で、信仰に関する個人情報を含まない。",
        frm=NAKAJIMA, to=[addr("宗教法人 妙蓮寺 副住職 真田", "sanada@myorenji.example.or.jp")],
        subject="子ども食堂（本堂会場）8月の開催日程について",
        text=join(T("""
            妙蓮寺 副住職
            真田さま

            いつも本堂をお貸しいただき、本当にありがとうございます。
            ボランティアセンターの中島です。

            8月の「みょうれんじ こども食堂」の開催日について、ご相談です。
            お盆の法要と重ならないよう、以下の日程を考えています。

            　8月2日（土）11:00〜14:00
            　8月23日（土）11:00〜14:00

            施設使用料は従来どおり1回5,000円（光熱費込み）で、
            社協から月末にお振込みいたします。
            夏休み中は参加が増える見込みのため、境内の駐輪スペースも
            お借りできると助かります。
            """), SIG["nakajima"]),
    ))

    m.append(ok(
        kind="benign.english_exchange_visit", writer="nakajima",
        why="海外の地域福祉団体との視察交流の日程調整で、職員の業務上の情報のみを含む。",
        frm=NAKAJIMA, to=[addr("Sunrise Community Services", "exchange@sunrise-cs.example.org")],
        cc=[addr("Jennifer Liu", "j.liu@sunrise-cs.example.org")],
        subject="Study visit to Kitahama - draft itinerary (Oct 14-16)",
        text=join(T("""
            Dear Ms. Liu,

            Thank you for your email and for the list of your delegation members.
            Here is our draft itinerary for your study visit to Kitahama.

              Oct 14 (Tue)  Welcome meeting at the Kitahama Welfare Center
                            Overview of the social welfare council system in Japan
              Oct 15 (Wed)  Visit to a community salon and a children's cafeteria
                            Exchange session with volunteers (interpretation provided)
              Oct 16 (Thu)  Disaster volunteer center training site
                            Wrap-up discussion

            Please note that photos at the salon and the cafeteria can only be taken
            with the participants' permission, and we would ask you not to post
            pictures of children online.

            We look forward to welcoming you in October.

            Best regards,
            Daisuke Nakajima
            Kitahama Volunteer Center
            Kitahama Social Welfare Council
            """)),
    ))

    m.append(ok(
        kind="benign.volunteer_own_insurance", writer="nakajima",
        why="ボランティア本人へ本人の保険加入手続きの完了を伝えるもので、第三者へ個人情報を出していない。",
        frm=NAKAJIMA, to=[addr("菊田 真理", "mari.kikuta.vol@gmail.com")],
        subject="ボランティア活動保険の加入手続き完了のお知らせ",
        text=join(T("""
            菊田 真理 さま

            こんにちは。北浜市ボランティアセンターの中島です。
            先日お申込みいただいた「ボランティア活動保険」の手続きが完了しました。

            　プラン：基本プランA（天災タイプ）
            　保険期間：2025年6月20日〜2026年3月31日
            　保険料：500円（窓口でお支払い済み）

            加入者カードは、次回センターにお越しの際にお渡しします。
            活動中にけがをされた場合は、まずセンターにご連絡ください。

            「みょうれんじ こども食堂」での活動、よろしくお願いします！
            """), SIG["nakajima"]),
    ))

    m.append(ok(
        kind="benign.loan_system_outage", writer="fujii",
        why="「障害」は業務システムの不具合を指し、受付番号や件数のみで個人情報を含まない。",
        frm=FUJII, to=[addr("株式会社東北システムサービス サポートデスク", "support@tohoku-sys.example.co.jp")],
        subject="Re: 【障害】貸付管理システム 帳票出力エラーについて（問合せ番号 TSS-25-1187）",
        text=join(T("""
            東北システムサービス サポートデスク ご担当者様

            北浜市社協 総務課の藤井です。
            修正パッチの適用ありがとうございました。
            本日10時に再度確認したところ、償還計画表のPDF出力は正常に行えました。

            　障害発生：6月17日（火）9:15頃〜
            　影響：帳票出力不可（償還計画表・督促状）、画面照会は可能
            　復旧確認：6月19日（木）10:05
            　エラーコード：RPT-0xE21（フォント定義ファイルの欠損）

            影響期間中に出力できなかった帳票 23件は、本日中に出力を終えます。
            本件はクローズしていただいて結構です。
            """), SIG["fujii"]),
    ))

    m.append(ok(
        kind="benign.plain_zip_newsletter", writer="fujii",
        why="暗号化されていない通常のZIPで、中身は広報誌の原稿（公人である会長のあいさつ等）のみ。",
        frm=FUJII, to=[addr("株式会社あさひ印刷 制作課", "seisaku@asahi-print.example.co.jp")],
        subject="広報誌「社協きたはま」8月号 原稿の入稿",
        text=join(T("""
            あさひ印刷 制作課 ご担当者様

            お世話になっております。北浜市社協の藤井です。
            「社協きたはま」8月号の原稿をZIPにまとめてお送りします（パスワードなし）。
            写真データは明日、別途お送りします。

            初校は7月4日（金）までにいただけますと助かります。
            """), SIG["fujii"]),
        attachments=[
            att("shakyo_kitahama_08.zip/p1_会長あいさつ.txt", T("""
                会長あいさつ
                北浜市社会福祉協議会 会長　長谷川 達郎
                暑い日が続いておりますが、皆さまいかがお過ごしでしょうか。
                今年度も「誰もがつながる北浜」を目指し、地域の皆さまとともに
                歩んでまいります。赤い羽根共同募金へのご協力に心より感謝申し上げます。
                """)),
            att("shakyo_kitahama_08.zip/p2_イベント案内.txt", T("""
                夏のイベント案内
                ・7/27（日）災害ボランティアセンター運営訓練（総合福祉センター）
                ・8/2、8/23（土）みょうれんじ こども食堂
                ・8/9（土）夏休み 福祉体験教室（小学4〜6年生、定員30名）
                お問い合わせ：北浜市ボランティアセンター 022-0000-3380
                """)),
        ],
    ))

    m.append(ok(
        kind="benign.vaccination_schedule_salon", writer="sasaki",
        why="サロン再開と高齢者向け予防接種の日程を伝える一般的な案内で、個人の健康情報を含まない。",
        frm=SASAKI, to=[addr("ふれあいサロン若林 代表 斎藤", "kazue.saito.salon@yahoo.co.jp"),
                        addr("ふれあいサロン東浦 代表 今野", "konno.higashiura@gmail.com")],
        cc=[addr("北浜市 保健センター 健康づくり係", f"kenko@{CITY}")],
        subject="サロン再開と秋の予防接種のご案内について",
        text=join(T("""
            サロン代表の皆さま

            いつもありがとうございます。社協の佐々木です。
            感染症の流行が落ち着いてきたため、サロンは7月から再開とします。
            あわせて、保健センターから秋の予防接種の案内が届きましたので、
            サロンでの周知をお願いします。

            　・高齢者インフルエンザ予防接種（公費）：10月1日〜1月31日
            　・新型コロナワクチン定期接種：10月1日〜3月31日
            　・対象：65歳以上の方ほか（詳しくは市の広報10月号）
            　・予約：各医療機関へ直接

            9月のサロンで保健センターの保健師さんによるミニ講座
            「予防接種Q&A」を予定しています（個別の健康相談は行いません）。
            再開初回は、手洗い・換気のルールを改めてご確認ください。
            """), SIG["sasaki"]),
    ))

    return m
