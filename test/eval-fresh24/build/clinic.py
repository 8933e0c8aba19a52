from common import *

# ============================================================ HOLDS (clinic)

M("hold", "sensitive.medical",
  "Referral letter with a named patient's birth date, diagnosis and treatment history sent to another clinic.",
  SHIRAFUJI, ["湊町形成外科クリニック 高畑先生 <takahata@minatomachi-keisei.jp>"],
  "診療情報提供書（ご紹介）三浦様",
  """湊町形成外科クリニック
院長　高畑 修一 先生　御侍史

平素より大変お世話になっております。
下記の患者様につき、外科的切除およびその後の電子線照射のご検討をお願いしたく、ご紹介申し上げます。
原本は患者様にお持ちいただきますが、事前に内容をお送りいたします。

　患者氏名：三浦 沙耶香 様（女性）
　生年月日：1994年8月21日（30歳）
　連絡先：090-6618-2045
　傷病名：左耳垂ケロイド（ピアス孔後）
　既往歴：アトピー性皮膚炎（小児期）、気管支喘息（現在は治療なし）
　経過：2023年秋に左耳垂にピアス孔を開け、半年後から結節が増大。
　　　　当院にてトラニラスト（リザベン）内服、トリアムシノロン（ケナコルト）局注を計3回施行しましたが、
　　　　縮小が不十分で、ご本人が切除を強く希望されています。
　アレルギー：セフェム系抗菌薬で発疹の既往あり

ご多忙のところ恐縮ですが、ご高診のほどよろしくお願い申し上げます。

""" + SIG_SHIRAFUJI_JA,
  personal=[("name", "三浦 沙耶香"), ("birthdate", "1994年8月21日"), ("phone", "090-6618-2045"),
            ("health", "左耳垂ケロイド（ピアス孔後）"), ("health", "アトピー性皮膚炎（小児期）、気管支喘息")])

M("hold", "sensitive.medical",
  "The short cover mail is harmless, but the attached monitor report lists study participants by full name with diagnoses and adverse reactions, sent to a cosmetics maker.",
  SHIRAFUJI, ["ルミエラ化粧品 小田様 <r-oda@lumiera-cosme.co.jp>"],
  "共同研究 モニター経過報告（第2回）",
  """株式会社ルミエラ化粧品
研究開発部　小田様

いつもお世話になっております。白藤です。
保湿クリーム試作品（LM-204）のモニター試験、第2回（4週目）の経過報告をお送りします。
詳細は添付の報告書と写真をご確認ください。

1名、軽い刺激症状が出ていますので、次回打合せで処方の相談をさせてください。
6/10（火）午後でしたらクリニックで対応可能です。

""" + SIG_SHIRAFUJI_JA,
  att=[A("モニター経過報告_第2回.docx", """
LM-204 モニター試験　経過報告（4週目）
作成：白藤皮フ科・美容クリニック　2025年5月30日

No.\t氏名\t年齢\t基礎疾患\t使用部位\t4週時評価\t有害事象
M-01\t佐久間 由梨\t34\tアトピー性皮膚炎（軽症）\t顔・頸部\t乾燥スコア 3→1\tなし
M-02\t江藤 未来\t41\t酒さ\t顔\t紅斑やや改善\t使用3日目に灼熱感、1週で消失
M-03\t根本 香織\t28\tなし（乾燥肌）\t顔\t改善\tなし
M-04\t大河内 恵\t52\t脂漏性皮膚炎\t顔・耳介\t不変\t軽度の痒み、継続中
M-05\t松尾 詩織\t37\tアトピー性皮膚炎（中等症、デュピルマブ投与中）\t顔\t改善\tなし

備考：M-04 は痒み持続のため、6週目評価前に使用中止を検討。
"""),
       A("症例写真_M02_M04_4w.jpg")],
  personal=[("name", "佐久間 由梨"), ("health", "アトピー性皮膚炎（軽症）"), ("name", "江藤 未来"), ("health", "酒さ"),
            ("name", "大河内 恵"), ("health", "脂漏性皮膚炎"), ("name", "松尾 詩織"),
            ("health", "アトピー性皮膚炎（中等症、デュピルマブ投与中）")])

M("hold", "sensitive.medical",
  "Diagnosis, medication and passport number of a foreign patient sent to her travel insurer.",
  NISHIZONO_EN, ["Global Assist Claims <claims@globalassist-ti.com>"],
  "Claim support – patient Ms. Emily Hart, policy GA-UK-7742091",
  """Dear Claims Team,

Further to your e-mail of 15 April, please find below the information requested for the claim of your policyholder.

Patient: Ms. Emily Hart
Date of birth: 05/02/1989
UK passport no.: 548812734
Policy no.: GA-UK-7742091

Date of visit: 14 April 2025 (first visit), 17 April 2025 (follow-up)
Diagnosis: acute allergic contact dermatitis of the face and neck (suspected reaction to a hair dye used on 12 April)
Treatment: oral prednisolone 20 mg/day for 5 days, tapering; topical betamethasone valerate cream; oral antihistamine (bilastine 20 mg)
Patient was advised not to travel by air for 48 hours.

The itemised invoice (JPY 31,460, paid by the patient in full) is attached. Please reimburse the patient directly as agreed.

""" + SIG_NISHIZONO_EN,
  att=[A("Invoice_SDC-2504-0387.pdf", """
Shirafuji Dermatology & Aesthetic Clinic - INVOICE / RECEIPT
Invoice no. SDC-2504-0387   Patient: Emily Hart   DOB 05/02/1989
14/04/2025  Initial consultation (self-pay)           JPY 5,500
14/04/2025  Patch test / examination                  JPY 8,800
14/04/2025  Prescription: prednisolone, bilastine     JPY 6,380
17/04/2025  Follow-up consultation                    JPY 3,300
17/04/2025  Topical steroid cream                     JPY 7,480
TOTAL                                                 JPY 31,460
Paid: 17/04/2025 (credit card)
""")],
  personal=[("name", "Ms. Emily Hart"), ("birthdate", "05/02/1989"), ("passport", "548812734"),
            ("health", "acute allergic contact dermatitis of the face and neck")],
  lang="en")

M("hold", "id.bank_account",
  "A patient's personal bank account for a refund sent to the clinic's outside accounting firm.",
  NISHIZONO, ["朝倉会計事務所 田所様 <tadokoro@asakura-kaikei.jp>"],
  "返金処理のお願い（脱毛コース中途解約 1件）",
  """朝倉会計事務所
田所様

いつもお世話になっております。白藤皮フ科の西園です。

医療脱毛コースの中途解約が1件ございましたので、返金のお振込みをお願いいたします。
（特商法の清算ルールにもとづき、院長確認済みです）

　患者様：小林 夏美 様（カルテNo. 20817）
　契約：全身脱毛 5回コース 297,000円（2024/11契約、消化2回）
　返金額：148,500円（解約手数料 20,000円控除後）
　振込先：ゆうちょ銀行　〇一八（ゼロイチハチ）店　普通　4718206
　口座名義：コバヤシ ナツミ
　期限：6月20日（金）までにお願いします

解約合意書の控えは来週の月次資料と一緒にお渡しします。
よろしくお願いいたします。

""" + SIG_NISHIZONO_JA,
  personal=[("name", "小林 夏美"), ("account", "普通　4718206"), ("name", "コバヤシ ナツミ")])

M("hold", "roster.patients",
  "Appointment export with patients' names, phone numbers and treatment menus (incl. insurance-covered conditions) sent to the booking-system vendor for debugging.",
  NISHIZONO, ["リザーブワン サポート <cs@reserve-one.jp>"],
  "Re: 予約データの重複登録について【チケット#58213】",
  """リザーブワン サポートご担当者様

お世話になっております。白藤皮フ科・美容クリニックの西園です。
ご依頼いただいた、重複登録が発生している予約データを管理画面からCSVで抽出しました。
4/21～4/26 の分です。同じ時間帯に2件ずつ入っているのがわかるかと思います。

原因がわかりましたらご連絡ください。
土曜日は予約が多いので、できれば今週中に対応いただけると助かります。

""" + SIG_NISHIZONO_JA + """

> 白藤皮フ科・美容クリニック 西園様
> お問い合わせありがとうございます。
> 調査のため、該当期間の予約データ（管理画面＞予約一覧＞CSV出力）をお送りいただけますでしょうか。
> リザーブワン カスタマーサポート　担当：浜田
""",
  att=[A("reserve_export_20250421-26.csv", """
予約ID,予約日時,患者名,フリガナ,電話番号,メニュー,担当,登録経路
R250421-0012,2025/04/21 10:30,井上 麻衣,イノウエ マイ,080-3312-6647,ニキビ治療（保険）,白藤,Web
R250421-0013,2025/04/21 10:30,井上 麻衣,イノウエ マイ,080-3312-6647,ニキビ治療（保険）,白藤,Web
R250422-0031,2025/04/22 15:00,浜口 さくら,ハマグチ サクラ,090-7724-0318,肝斑レーザー（トーニング）,看護師A,LINE
R250422-0032,2025/04/22 15:00,浜口 さくら,ハマグチ サクラ,090-7724-0318,肝斑レーザー（トーニング）,看護師A,LINE
R250424-0007,2025/04/24 11:00,加藤 優斗,カトウ ユウト,070-5519-2280,ボトックス（腋窩多汗症・保険）,白藤,電話
R250424-0008,2025/04/24 11:00,加藤 優斗,カトウ ユウト,070-5519-2280,ボトックス（腋窩多汗症・保険）,白藤,Web
R250426-0044,2025/04/26 16:30,西川 美月,ニシカワ ミツキ,080-6640-1195,尋常性乾癬 外用相談（保険）,白藤,Web
R250426-0045,2025/04/26 16:30,西川 美月,ニシカワ ミツキ,080-6640-1195,尋常性乾癬 外用相談（保険）,白藤,Web
""")],
  personal=[("name", "井上 麻衣"), ("phone", "080-3312-6647"), ("name", "浜口 さくら"), ("phone", "090-7724-0318"),
            ("name", "加藤 優斗"), ("health", "ボトックス（腋窩多汗症・保険）"), ("name", "西川 美月"), ("health", "尋常性乾癬")])

M("hold", "attachment.encrypted_zip",
  "Password-protected zip (PPAP) of complaint documents sent to the clinic's lawyer.",
  NISHIZONO, ["桐山法律事務所 桐山先生 <kiriyama@kiriyama-law.jp>"],
  "ご相談資料の送付（施術後のお申し出の件）",
  """桐山法律事務所
桐山先生

お世話になっております。白藤皮フ科・美容クリニックの西園です。
先日お電話でご相談させていただいた件、院長の指示で関係資料をお送りいたします。

・経緯書（院長作成）
・同意書の写し
・ご本人様からのお手紙（3通）
・施術記録

資料はパスワード付きのZIPファイルにしております。パスワードは院長から別途ご連絡いたします。
6/12（木）の面談の際にはどうぞよろしくお願いいたします。

""" + SIG_NISHIZONO_JA,
  att=[A("ご相談資料_20250605.zip", encrypted=True)])

M("hold", "sensitive.medical",
  "A temp nurse's mental-health diagnosis and work restriction reported by name to her staffing agency.",
  NISHIZONO, ["ナースリンク 堀田様 <hotta@nurselink.co.jp>"],
  "派遣看護師 石黒様の6月シフトについて",
  """株式会社ナースリンク
堀田様

いつもお世話になっております。白藤皮フ科の西園です。

当院に来ていただいている石黒 真由美さんの件でご相談です。
昨日ご本人から、主治医に「適応障害」と診断され、しばらくは夜間帯（18時以降）の勤務と
土曜の連続勤務を避けるよう言われた、とお話がありました。診断書の写しもお預かりしています。

当院としては引き続き来ていただきたいと考えておりますので、
6月は平日の 10:00～17:00 のみのシフトに変更し、
夜間と土曜は別の方の派遣をお願いできないでしょうか。

ご本人は堀田様にはまだ直接お伝えしていないとのことでしたので、
お話しの際はご配慮いただけますと幸いです。

""" + SIG_NISHIZONO_JA,
  personal=[("name", "石黒 真由美"), ("health", "「適応障害」と診断され")])

M("hold", "id.insurance",
  "Returned insurance claims listed with patients' names, insurer numbers, card symbols/numbers and diagnoses, sent to the billing contractor.",
  NISHIZONO, ["メディクレア 請求代行チーム <seikyu@medicrea.co.jp>"],
  "4月診療分 返戻レセプトの確認依頼（3件）",
  """株式会社メディクレア
請求代行チーム　ご担当者様

お世話になっております。白藤皮フ科の西園です。
4月診療分で返戻が3件ありましたので、再請求の前に内容のご確認をお願いいたします。

患者名／保険者番号／記号・番号（枝番）／傷病名／返戻理由
1. 森下 達也／06131844／記号 3021 番号 417（01）／慢性蕁麻疹／資格喪失後の受診
2. 野々村 弘子／39131052／番号 0028841（後期高齢）／帯状疱疹／負担割合の相違
3. 片山 結衣／01130016／記号 12-804 番号 55（02）／尋常性ざ瘡、接触皮膚炎／病名と処置の不一致

1 の方は5月に新しい保険証（マイナ保険証）で来院されていますので、資格情報を再確認のうえ
新しい保険者に請求し直す形になるかと思います。
2 と 3 は院長に確認済みです。ご対応よろしくお願いいたします。

""" + SIG_NISHIZONO_JA,
  personal=[("name", "森下 達也"), ("insurance", "記号 3021 番号 417（01）"), ("health", "慢性蕁麻疹"),
            ("name", "野々村 弘子"), ("insurance", "番号 0028841"), ("health", "帯状疱疹"),
            ("name", "片山 結衣"), ("insurance", "記号 12-804 番号 55（02）")])

M("hold", "sensitive.medical",
  "Named patient's post-treatment complication, prescriptions and herpes history sent to a clinic in Korea.",
  SHIRAFUJI_EN, ["Dr. Kim Soo-yeon <sykim@cheongdamskin.kr>"],
  "Follow-up: Ms. Park Min-seo (your referral of 2 March)",
  """Dear Dr. Kim,

Thank you for referring Ms. Park Min-seo to us while she is studying in Tokyo. Here is a short update, as she asked me to keep you informed before she returns to Seoul in August.

- 9 March: fractional CO2 laser (acne scars, cheeks), 2nd session of the series you started.
- 20 March: she developed post-inflammatory hyperpigmentation on both cheeks, more marked on the left.
- Current treatment: hydroquinone 4% cream at night, oral tranexamic acid 750 mg/day, strict sun protection. We have suspended further laser sessions.
- Please note: she reported a history of recurrent herpes simplex labialis which was not in the referral; we gave valacyclovir prophylaxis before the laser and will recommend the same to you.

The pigmentation is improving (photos on 2 June show about 50% reduction). I would suggest waiting at least 3 months before resuming fractional treatment in Seoul.

With kind regards,

""" + SIG_SHIRAFUJI_EN,
  personal=[("name", "Ms. Park Min-seo"), ("health", "post-inflammatory hyperpigmentation"),
            ("health", "history of recurrent herpes simplex labialis")],
  lang="en")

M("hold", "sensitive.medical",
  "The subject line names a patient and her keloid recurrence to an outside cosmetic surgery clinic; the body says nothing personal.",
  NISHIZONO, ["銀座ブランシュ美容外科 事務局 <office@ginza-blanche.jp>"],
  "【ご相談】山根 由香里様　ケロイド再発（術後3か月）の件",
  """銀座ブランシュ美容外科
事務局ご担当者様

お世話になっております。白藤皮フ科・美容クリニックの西園でございます。

先ほどお電話でお話しした件につきまして、院長同士での面談のお時間を頂戴できればと存じます。
以下のいずれかでご都合はいかがでしょうか。

　6/17（火）13:00～14:00
　6/19（木）終日
　6/20（金）12:30～14:00

詳細は当日、院長が資料を持参してご説明いたします。
よろしくお願いいたします。

""" + SIG_NISHIZONO_JA,
  personal=[("name", "山根 由香里"), ("health", "ケロイド再発（術後3か月）")])

# ============================================================ PASSES (clinic)

M("pass", "benign.anonymized_case",
  "Case abstract to a conference secretariat with no name, initials or dates that identify the patient ('30s female').",
  SHIRAFUJI, ["日本美容皮膚科学会 地方会事務局 <chihoukai2025@jsad-office.jp>"],
  "第18回関東地方会 一般演題の抄録提出",
  """第18回関東地方会 事務局御中

白藤皮フ科・美容クリニックの白藤です。一般演題の抄録を提出いたします。
文字数は規定内（800字以内）に収めております。

────────────────
演題名：ピコ秒レーザー照射後に生じた遅発性色素沈着の1例
演者：白藤 里枝（白藤皮フ科・美容クリニック）
抄録：
30代女性。両頬部の後天性真皮メラノサイトーシスに対しピコ秒レーザー（1064nm）を計3回照射した。
3回目照射の約6週後より照射部に一致した褐色斑が出現し、炎症後色素沈着と診断した。
ハイドロキノン外用とトラネキサム酸内服により約4か月で軽快した。
本症例では照射間隔が4週と短く、夏季であったことが一因と考えられた。
照射条件と照射間隔の設定について文献的考察を加えて報告する。
なお、本報告については患者本人から書面で同意を得ている。
────────────────

利益相反：なし
発表形式：口演希望

よろしくお願いいたします。

""" + SIG_SHIRAFUJI_JA)

M("pass", "benign.own_data",
  "Booking confirmation with treatment menu and price sent to the patient herself at her own address.",
  NISHIZONO, ["松下 彩乃 様 <ayano.m0312@gmail.com>"],
  "【白藤皮フ科・美容クリニック】ご予約確認（6/14 土 11:00）",
  """松下 彩乃 様

このたびはご予約ありがとうございます。
以下の内容でご予約を承りました。

　日時：2025年6月14日（土）11:00～12:00
　メニュー：医療脱毛 全身（顔・VIO除く）5回コース　3回目
　担当：看護師
　お支払い：コース代金お支払い済み（追加料金なし）

【ご来院前のお願い】
・前日までに照射部位の自己処理（シェービング）をお願いします。
・日焼けをされた場合は、照射できないことがありますので事前にご連絡ください。
・キャンセル・変更は前日18時までにお電話（03-6427-3321）でお願いいたします。

ご来院をお待ちしております。

""" + SIG_NISHIZONO_JA,
  personal=[("name", "松下 彩乃")])

M("pass", "benign.own_data",
  "Biopsy result sent in English to the patient herself at her own private address, at her request.",
  SHIRAFUJI_EN, ["Claire Dubois <claire.dubois.tokyo@gmail.com>"],
  "Your biopsy result (Shirafuji Clinic)",
  """Dear Ms. Dubois,

As you asked on Tuesday, I am sending your result by e-mail so you can share it with your doctor in Lyon.

The pathology report for the small lesion removed from your upper back on 3 June is back: it is a seborrheic keratosis, which is completely benign. No further treatment is needed, and the stitches can be removed on your next visit (17 June) or by any doctor.

If you notice any new lesion that grows quickly, bleeds, or changes colour, please have it checked.

The official report (in Japanese, with an English summary) will be handed to you at reception.

With best wishes,

""" + SIG_SHIRAFUJI_EN,
  personal=[("name", "Ms. Dubois"), ("health", "seborrheic keratosis")],
  lang="en")

M("pass", "benign.equipment_fault",
  "Laser device error report to the manufacturer with serial numbers; 'fault/incident' concerns a machine.",
  NISHIZONO_EN, ["Technical Support <support@lumenix-medical.co.kr>"],
  cc=[SHIRAFUJI_EN],
  subject="Error E-204 on PicoLumen 1064 (S/N PL1064-22-0917)",
  text="""Dear Technical Support,

We are writing about an error on our picosecond laser.

Device: PicoLumen 1064, S/N PL1064-22-0917, installed November 2022
Software version: 3.2.8
Error: E-204 "Cooling flow low" appears about 10 minutes after start-up; the device then stops emission.
Since: 9 June 2025. We have checked the water level and replaced the filter (part no. CF-30) as described in the manual, but the error continues.

We have had to cancel treatments, so we would be grateful if a service engineer from your Tokyo agent could visit as soon as possible. A photo of the error screen is attached.

Our maintenance contract no. is MC-JP-2022-1184.

""" + SIG_NISHIZONO_EN,
  att=[A("E204_error_screen.jpg")],
  lang="en")

M("pass", "benign.meeting",
  "Drug and disease names in a study-session arrangement with a pharmaceutical rep; no patient involved.",
  SHIRAFUJI, ["中外ファーマ 岩瀬様 <iwase.k@chugai-pharmatech.co.jp>"],
  "院内勉強会の日程について（アトピー性皮膚炎の新規治療）",
  """岩瀬様

お世話になっております。白藤です。
先日ご提案いただいた院内勉強会、ぜひお願いしたいと思います。

テーマ：中等症～重症アトピー性皮膚炎の全身療法（生物学的製剤・JAK阻害薬の使い分け）
対象：当院看護師・医療事務 計8名
希望日：6/26（木）または 7/3（木）休診日の 14:00～15:00
場所：当院待合室（プロジェクターあり）

自己注射指導の資材（デモ用ペン）もあればお持ちいただけると助かります。
帯状疱疹など感染症のリスク管理についても触れていただけるとありがたいです。
お弁当のご用意は不要です。

""" + SIG_SHIRAFUJI_JA)

M("pass", "benign.aggregate_health",
  "Cleaning request mentions that two unnamed staff had a fever; no identifiable person.",
  NISHIZONO, ["クリーンワークス東京 営業部 <eigyo@cleanworks-tokyo.jp>"],
  "院内消毒の追加作業のお願い（6/8 日）",
  """クリーンワークス東京
営業部　ご担当者様

いつもお世話になっております。白藤皮フ科・美容クリニックの西園です。

今週、スタッフ2名が発熱でお休みしており、院内で感染が広がらないよう、
定期清掃とは別に、追加で消毒作業をお願いしたくご連絡しました。

　日時：6月8日（日）休診日 9:00～12:00 のいずれか
　範囲：待合室、受付カウンター、処置室3室、スタッフ休憩室
　内容：ドアノブ・手すり・カウンター等の高頻度接触面の消毒、床清掃
　鍵：当日 8:45 に私が開錠します

お見積りをいただけましたら、院長に確認のうえ正式にお願いいたします。

""" + SIG_NISHIZONO_JA)

M("pass", "benign.template_dummy",
  "Blank questionnaire artwork sent to a printer; the only personal-looking values are the obvious 記入例 (Yamada Hanako).",
  NISHIZONO, ["ひまわり印刷 制作部 <seisaku@himawari-print.co.jp>"],
  "問診票（改訂版）の版下データ 修正のお願い",
  """ひまわり印刷株式会社
制作部　ご担当者様

お世話になっております。白藤皮フ科の西園です。
問診票の初校ありがとうございました。以下の修正をお願いいたします。

1. 表面の「記入例」欄、見本の値を以下に差し替えてください。
　　氏名：山田 花子（ヤマダ ハナコ）
　　生年月日：1990年1月1日
　　電話番号：090-0000-0000
　　住所：東京都渋谷区〇〇1-2-3
2. 「現在治療中の病気」のチェック項目に「甲状腺の病気」「腎臓の病気」を追加
3. 「妊娠中・授乳中」の欄を、アレルギー欄の下に移動
4. 裏面の地図：最寄り出口を「渋谷駅 16b出口」に修正

修正後、PDFで再校をお送りください。部数は前回と同じ 2,000部です。

""" + SIG_NISHIZONO_JA,
  att=[A("問診票_初校_赤字入り.pdf", """
白藤皮フ科・美容クリニック 問診票
記入例　氏名：見本 太郎　生年月日：19XX年X月X日　電話：03-XXXX-XXXX
本日はどのような症状でいらっしゃいましたか（該当に〇）
□かゆみ □湿疹 □ニキビ □シミ □ほくろ □脱毛希望 □その他（　　　）
現在治療中の病気　□なし □高血圧 □糖尿病 □心臓の病気 【追加：□甲状腺の病気 □腎臓の病気】
お薬・食べ物のアレルギー　□なし □あり（　　　）
""")])

M("pass", "benign.public_figure",
  "Comments on a magazine article about a celebrity's own public statements on sun care; public figure, public information.",
  SHIRAFUJI, ["月刊ビューティーリンク 編集部 坂本様 <sakamoto@beautylink-mag.jp>"],
  "8月号 監修原稿の確認（日焼け対策特集）",
  """月刊ビューティーリンク編集部
坂本様

お世話になっております。白藤です。
8月号「真夏の日焼け対策」の原稿、拝読しました。修正点を下記にまとめます。

・P2 冒頭の、プロサーファーの真田 海斗さんや女優の桐谷 ミナさんが雑誌インタビューで公に語っている
　日焼け止めの塗り直し習慣の紹介は、出典（掲載誌・年月号）を明記していただければ問題ありません。
・P3「SPF100の日焼け止めなら塗り直し不要」→ 誤りです。SPFの値に関わらず2～3時間ごとの塗り直しを推奨、に修正してください。
・P4「日焼け後はすぐにビタミンCを塗る」→ 炎症が強いときは刺激になるので「まず冷却、保湿」を先に。
・監修者名の表記は「白藤皮フ科・美容クリニック院長 白藤里枝（皮膚科専門医）」でお願いします。

ゲラは6/20までにいただければ確認いたします。

""" + SIG_SHIRAFUJI_JA)

M("pass", "benign.corporate_account",
  "Remittance advice quoting the clinic's own corporate account and the supplier's invoice; no private data.",
  NISHIZONO_EN, ["Accounts Receivable <ar@lumenix-medical.co.kr>"],
  "Remittance advice – Invoice LMX-INV-2025-0331",
  """Dear Accounts Receivable,

Please be informed that we have remitted payment for your invoice LMX-INV-2025-0331 (consumables: handpiece tips x20, cooling filters x6).

Amount: USD 4,280.00
Value date: 10 June 2025
Remitter: Medical Corporation Shirafujikai (医療法人社団 白藤会)
Remitting bank: Mizuho Bank, Shibuya Branch, corporate current account 1182047
Beneficiary: Lumenix Medical Co., Ltd., Woori Bank, account 1005-903-447201

Bank charges on our side have been paid by us. Please send the receipt to this address.

""" + SIG_NISHIZONO_EN,
  lang="en")
