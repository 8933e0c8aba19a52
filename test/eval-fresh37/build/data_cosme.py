# Org 5: 株式会社ソレイユ・ラボ (cosmetics e-commerce shop「ソレイユ・ラボ オンライン」)
YO = "吉川 真由 <m.yoshikawa@soleil-lab.example.jp>"
MA = "松尾 拓海 <t.matsuo@soleil-lab.example.jp>"

SIG_YO = """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
ソレイユ・ラボ オンラインショップ
カスタマーサポート　吉川 真由
フリーダイヤル 0120-38-4410（平日 10:00〜18:00）
support@soleil-lab.example.jp
株式会社ソレイユ・ラボ　〒150-0001 東京都渋谷区神宮前6-19-20
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_MA = """--
松尾 拓海 / Takumi Matsuo
EC運営部 マネージャー
株式会社ソレイユ・ラボ
TEL 03-6419-7720 / t.matsuo@soleil-lab.example.jp"""

MAILS = [
# ---------------- HOLDS ----------------
dict(expect="hold", kind="id.card", loc="body",
 why="A phone-order customer's full card number and expiry are sent by e-mail to the payment agent.",
 frm=YO, to=["ペイフロント株式会社 加盟店サポート <merchant@payfront.example.jp>"],
 subject="電話注文分の与信処理のお願い",
 text="""ペイフロント 加盟店サポート ご担当者様

いつもお世話になっております。ソレイユ・ラボの吉川です。
管理画面のエラーで電話注文分の決済が登録できないため、代行での与信処理をお願いできますでしょうか。

　注文番号：SL-20241008-00417
　お客様名：長尾 沙織 様
　カード番号：3530 1113 3330 0000
　有効期限：09/27
　金額：12,980円（一括）

処理が完了しましたらご連絡ください。

""" + SIG_YO,
 personal=[("card","3530 1113 3330 0000"),("name","長尾 沙織")]),

dict(expect="hold", kind="id.bank_account", loc="body",
 why="A customer's personal bank account for a refund is sent to the outside bookkeeping agent.",
 frm=YO, to=["経理代行サービス ミナト会計 担当 吉田様 <yoshida@minato-kaikei.example.jp>"],
 subject="返金処理のお願い（代引き注文キャンセル分）",
 text="""吉田様

お世話になっております。ソレイユ・ラボの吉川です。
代金引換でお支払い済みのご注文がキャンセルとなりましたので、下記口座への返金処理をお願いいたします。

　注文番号：SL-20240926-01288
　返金額：8,470円
　振込先：あおぞら中央銀行 八王子支店 普通 5528174
　口座名義：タカギ ミホ（高木 美穂 様）

お客様には10月15日までにお振込みとご案内しております。

""" + SIG_YO,
 personal=[("bank_account","あおぞら中央銀行 八王子支店 普通 5528174"),("name","高木 美穂")]),

dict(expect="hold", kind="sensitive.health", loc="body",
 why="A named customer's dermatologist diagnosis, with her address and phone, is forwarded to the manufacturer.",
 frm=MA, to=["株式会社コスモOEM 品質保証部 桑原 様 <kuwabara@cosmo-oem.example.jp>"],
 subject="【品質情報】ブライトニングセラム 肌トラブル申告",
 text="""桑原様

お世話になっております。ソレイユ・ラボの松尾です。
御社製造の「ブライトニングセラム（ロット BS2407-11）」について、お客様から肌トラブルの申告がありました。

　お客様：大槻 理恵 様（42歳）
　住所：千葉県船橋市前原西3-14-2-608
　電話：080-3361-5548
　経過：9月28日から使用、3日目に頬に赤み・かゆみ。10月2日に皮膚科を受診し、
　　　　「アレルギー性接触皮膚炎」と診断。ステロイド外用薬を処方された。
　お客様は診断書の写しをお持ちです。

同ロットの保管サンプルの確認と、成分の見解をお願いいたします。

""" + SIG_MA,
 personal=[("name","大槻 理恵"),("address","千葉県船橋市前原西3-14-2-608"),("phone","080-3361-5548"),("health","「アレルギー性接触皮膚炎」と診断")]),

dict(expect="hold", kind="personal.resume", loc="body",
 why="A job applicant's résumé details are forwarded to another company without her consent.",
 frm=MA, to=["株式会社ベルクール 人事部 矢野 様 <yano@bellecoeur.example.jp>"],
 subject="ご紹介：EC運営経験者の方",
 text="""矢野様

ご無沙汰しております。ソレイユ・ラボの松尾です。
先日、EC担当を探しているとおっしゃっていたので、当社に応募いただいた方をご紹介します。
当社では今回ポジションが埋まってしまったのですが、とても良い方でした。

　氏名：岩田 玲奈（いわた れな）　32歳
　住所：東京都世田谷区経堂4-22-9
　携帯：090-4128-7730
　メール：rena.iwata.works@gmail.com
　職歴：アパレルEC 5年（楽天・Amazon運営、CPA改善）、現職は化粧品D2Cで広告運用
　希望年収：550万円

ご興味があればご連絡ください。

""" + SIG_MA,
 personal=[("name","岩田 玲奈"),("address","東京都世田谷区経堂4-22-9"),("phone","090-4128-7730"),("email","rena.iwata.works@gmail.com")]),

dict(expect="hold", kind="list.customers", loc="body",
 why="A list of monitor customers with names, addresses and phones is sent to an outside PR agency.",
 frm=MA, to=["PRエージェンシー ルフレ 小島 様 <kojima@reflet-pr.example.jp>"],
 subject="モニター発送先リスト（新作リップ）",
 text="""小島様

お世話になっております。ソレイユ・ラボの松尾です。
新作リップのモニター当選者の発送先をお送りします。御社から直接ご発送をお願いします。

1. 今井 彩花　〒223-0061 神奈川県横浜市港北区日吉2-5-11　090-1184-3320
2. 宇野 舞　　〒330-0846 埼玉県さいたま市大宮区大門町1-8-402　080-5527-1169
3. 榎本 千夏　〒180-0004 東京都武蔵野市吉祥寺本町3-2-7　070-3319-8852
4. 小田 芽衣　〒272-0034 千葉県市川市市川1-14-6　090-6673-0214
5. 加納 里穂　〒211-0004 神奈川県川崎市中原区新丸子東2-9　080-9920-4471

発送は10月18日着でお願いいたします。

""" + SIG_MA,
 personal=[("name","今井 彩花"),("address","神奈川県横浜市港北区日吉2-5-11"),("phone","090-1184-3320"),("name","宇野 舞"),("phone","080-5527-1169")]),

dict(expect="hold", kind="list.customers", loc="attachment",
 why="The attached workbook of subscription customers with addresses and phones goes to a new 3PL; the body gives no hint.",
 frm=MA, to=["株式会社ネクストロジ 導入チーム <onboarding@nextlogi.example.jp>"],
 subject="移管用データ（定期便）",
 text="""ネクストロジ 導入チーム ご担当者様

お世話になっております。ソレイユ・ラボの松尾です。
移管用のデータを添付いたします。取り込みテストをお願いいたします。

""" + SIG_MA,
 attachments=[dict(filename="teikibin_ikan_1010.xlsx", contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  text="""[定期便顧客]
顧客ID\t氏名\t郵便番号\t住所\t電話番号\tコース\t次回発送日
C-100231\t長尾 沙織\t150-0012\t東京都渋谷区広尾5-3-21\t090-2238-6615\tスキンケア3点\t2024/11/05
C-100877\t高木 美穂\t192-0082\t東京都八王子市東町8-4-1203\t080-4471-2096\tセラム単品\t2024/11/05
C-101402\t大槻 理恵\t274-0825\t千葉県船橋市前原西3-14-2-608\t080-3361-5548\tスキンケア3点\t2024/11/08
C-101958\t水野 香澄\t460-0008\t愛知県名古屋市中区栄4-16-30\t052-261-7784\tUVセット\t2024/11/12
""")],
 personal=[("name","水野 香澄"),("address","愛知県名古屋市中区栄4-16-30"),("phone","052-261-7784"),("address","東京都渋谷区広尾5-3-21")]),

dict(expect="hold", kind="sensitive.health", loc="quoted",
 why="The reply to the manufacturer quotes a named customer's inquiry mentioning her breast-cancer treatment.",
 frm=YO, to=["株式会社コスモOEM 品質保証部 桑原 様 <kuwabara@cosmo-oem.example.jp>"],
 subject="Re: 成分についての確認（お客様問い合わせ）",
 text="""桑原様

ご確認ありがとうございます。
ご回答の内容（レチノール・香料不使用、パッチテスト済み）でお客様にご案内いたします。
追加で、使用期限の表示についても確認させてください。

""" + SIG_YO + """

> ソレイユ・ラボ 吉川様
> 下記のお問い合わせについて、全成分表を添付します。レチノールと香料は配合していません。
> コスモOEM 桑原
>
>> ----- お客様からのお問い合わせ（転送） -----
>> お名前：野々村 由香
>> メール：yuka.nonomura@ybb.ne.jp
>> 現在、乳がんの術後で抗がん剤治療中です。肌がとても敏感になっているのですが、
>> モイスチャークリームにレチノールや香料は入っていますか？主治医に見せたいので成分を教えてください。
""",
 personal=[("name","野々村 由香"),("email","yuka.nonomura@ybb.ne.jp"),("health","乳がんの術後で抗がん剤治療中")]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="An encrypted zip goes to the ad agency; the password follows in another mail (PPAP).",
 frm=MA, to=["株式会社ルミナス広告 運用チーム <unyou@luminous-ad.example.jp>"],
 subject="CRM連携用データ送付（パスワードは別途）",
 text="""ルミナス広告 運用チーム ご担当者様

お世話になっております。ソレイユ・ラボの松尾です。
リターゲティング配信用のデータをお送りします。
ZIPのパスワードは別メールでお送りします。

""" + SIG_MA,
 attachments=[dict(filename="crm_audience_202410.zip", contentType="application/zip", encrypted=True)]),

dict(expect="hold", kind="recipients.visible", loc="recipients",
 why="A mail to twelve monitor participants shows all their private addresses in To/CC.",
 frm=YO, to=["ayaka.imai@gmail.com","mai.uno88@yahoo.co.jp","chinatsu.e@icloud.com","mei.oda.0401@gmail.com","riho-kanou@docomo.ne.jp","saki_hasegawa@outlook.jp","momo.fujii@ezweb.ne.jp","nanami.k1995@gmail.com","yuri-takano@nifty.com"],
 cc=["hana.sugiyama@so-net.ne.jp","erika.m@hotmail.co.jp","kaede.ono22@gmail.com"],
 subject="【ソレイユ・ラボ】新作リップ モニターご当選のお知らせ",
 text="""モニターにご応募いただいた皆さま

このたびは「ソレイユ・ラボ 新作リップ」モニターにご応募いただき、誠にありがとうございました。
厳正な抽選の結果、皆さまがご当選されましたのでお知らせいたします。

・商品のお届け：10月18日（金）ごろ
・アンケートのご回答期限：11月1日（金）
・アンケートURLは商品に同封のカードをご覧ください

ご不明点はサポートまでお問い合わせください。

""" + SIG_YO),

# ---------------- PASSES ----------------
dict(expect="pass", kind="benign.dev_test_card", loc=None,
 why="Development minutes use a public Luhn-valid test card number in a sandbox.",
 frm=MA, to=["株式会社コードテラス 開発チーム 井上 様 <inoue@codeterrace.example.jp>"],
 cc=["株式会社コードテラス PM 森 様 <mori@codeterrace.example.jp>"],
 subject="決済モジュール改修 定例（10/8）議事録",
 text="""コードテラス 井上様、森様

本日の定例の議事録です。

■ 決済モジュール（3Dセキュア2.0対応）
・ステージング環境で以下のテストカードを使い、認証成功/失敗のパターンを確認済み
　 - 4242 4242 4242 4242（認証成功）
　 - 4000 0000 0000 3220（チャレンジ認証）
・本番のカード情報は当社側では一切保持しない（トークン化済み）
・残課題：認証失敗時のエラーメッセージ文言（当社で10/11までに用意）

■ スケジュール
・10/21 ステージング最終確認 → 10/28 本番リリース

以上、よろしくお願いいたします。

""" + SIG_MA),

dict(expect="pass", kind="benign.masked_card", loc=None,
 why="A reply to the customer herself with a masked card number.",
 frm=YO, to=["長尾 沙織 様 <saori.nagao@gmail.com>"],
 subject="Re: 決済エラーについて",
 text="""長尾 沙織 様

このたびはご不便をおかけし、誠に申し訳ございません。ソレイユ・ラボ カスタマーサポートの吉川でございます。

お問い合わせいただいたご注文（SL-20241008-00417）につきまして、本日、末尾0000のJCBカード（****-****-****-0000）での決済が正常に完了いたしました。
商品は10月10日に発送予定です。発送後、追跡番号をメールでお知らせいたします。

今後ともソレイユ・ラボをよろしくお願いいたします。

""" + SIG_YO + """

> 昨日電話で注文したのですが、決済エラーのメールが届きました。どうなっていますか？
> 長尾
"""),

dict(expect="pass", kind="benign.product_names", loc=None,
 why="Katakana product names look like given names but are product lines.",
 frm=MA, to=["ロフティ渋谷店 コスメ売場 バイヤー 河合 様 <kawai@lofty-buyer.example.jp>"],
 subject="ポップアップ出店 商品構成のご相談",
 text="""河合様

お世話になっております。ソレイユ・ラボの松尾です。
11月のポップアップ出店の商品構成案です。

| シリーズ | 商品 | JAN | 売価 |
|---|---|---|---|
| エミリ | リップティント #03 ローズ | 4573291004123 | 1,980円 |
| エミリ | リップティント #05 コーラル | 4573291004147 | 1,980円 |
| ハルカ | ブライトニングセラム 30mL | 4573291002211 | 4,400円 |
| ハルカ | モイスチャークリーム 50g | 4573291002235 | 3,850円 |
| ミオ | UVミルク SPF50+ | 4573291003010 | 2,750円 |

「エミリ」は10代〜20代向け、「ハルカ」は敏感肌向けのラインです。

""" + SIG_MA),

dict(expect="pass", kind="benign.plain_zip", loc=None,
 why="A plain zip of product images for a retailer.",
 frm=MA, to=["ロフティ渋谷店 コスメ売場 バイヤー 河合 様 <kawai@lofty-buyer.example.jp>"],
 subject="商品画像データ一式（ZIP）",
 text="""河合様

商品画像と販促POPのデータをZIPにまとめてお送りします（パスワードはかけておりません）。
ご確認のほどよろしくお願いいたします。

""" + SIG_MA,
 attachments=[dict(filename="soleil_popup_images.zip", contentType="application/zip",
  text="""emili_tint_03.jpg
emili_tint_05.jpg
haruka_serum_30.jpg
haruka_cream_50.jpg
mio_uv_milk.jpg
POP_A4_haruka.pdf""")]),

dict(expect="pass", kind="benign.bcc_newsletter", loc=None,
 why="A customer newsletter sent with all recipients in Bcc.",
 frm=YO, to=["ソレイユ・ラボ <news@soleil-lab.example.jp>"],
 bcc=["saori.nagao@gmail.com","mayumi.kondo77@yahoo.co.jp","ayaka.imai@gmail.com","mai.uno88@yahoo.co.jp","chinatsu.e@icloud.com","mei.oda.0401@gmail.com","riho-kanou@docomo.ne.jp","saki_hasegawa@outlook.jp","momo.fujii@ezweb.ne.jp","nanami.k1995@gmail.com","yuri-takano@nifty.com","hana.sugiyama@so-net.ne.jp"],
 subject="【会員様限定】秋のスキンケア 20%OFFクーポン",
 text="""いつもソレイユ・ラボをご愛用いただきありがとうございます。

会員様限定で、ハルカ シリーズが20%OFFになるクーポンをお届けします。

　クーポンコード：AUTUMN20HARUKA
　有効期限：10月31日（木）23:59まで

乾燥が気になる季節、敏感肌の方にも使いやすいモイスチャークリームをぜひお試しください。

※配信停止はマイページから設定できます。

""" + SIG_YO),

dict(expect="pass", kind="benign.own_data", loc=None,
 why="Order and address confirmation sent to the customer herself.",
 frm=YO, to=["高木 美穂 様 <miho.takagi.0719@icloud.com>"],
 subject="ご登録住所変更の完了のお知らせ",
 text="""高木 美穂 様

いつもご利用いただきありがとうございます。ソレイユ・ラボの吉川です。
ご依頼いただいたご登録住所の変更が完了いたしました。

　変更後のご住所：〒192-0082 東京都八王子市東町8-4-1203
　お電話番号：080-4471-2096

次回の定期便（11月5日発送予定）から新しいご住所へお届けいたします。
お心当たりのない場合はお手数ですがご連絡ください。

""" + SIG_YO),

dict(expect="pass", kind="benign.medical_words_products", loc=None,
 why="Medical words (アトピー, 敏感肌) describe advertising claims for products, not a person.",
 frm=MA, to=["株式会社ルミナス広告 クリエイティブ 佐伯 様 <saeki@luminous-ad.example.jp>"],
 subject="Re: LP原稿 薬機法チェック結果",
 text="""佐伯様

LP原稿の薬機法チェック結果を共有いたします。以下は修正をお願いします。

× 「アトピー肌も治る保湿クリーム」→ 疾病の治療をうたう表現のためNG
　○「乾燥による肌荒れを防ぐ」「敏感肌の方にもお使いいただけるよう低刺激設計」
× 「シミが消える美白セラム」→ 効能の範囲外
　○「メラニンの生成を抑え、シミ・そばかすを防ぐ（医薬部外品）」
× 「皮膚科医の9割が推奨」→ 根拠データなしのためNG

△ 「パッチテスト済み（すべての方に皮膚刺激が起きないわけではありません）」→ 注記付きでOK

修正版は10/15までにお願いいたします。

""" + SIG_MA),

dict(expect="pass", kind="benign.corporate_account", loc=None,
 why="The company's own corporate bank account on an OEM purchase payment notice.",
 frm=MA, to=["株式会社コスモOEM 経理部 <keiri@cosmo-oem.example.jp>"],
 subject="支払通知書（10月支払分）",
 text="""株式会社コスモOEM 経理部 御中

お世話になっております。ソレイユ・ラボの松尾です。
10月末支払分の支払通知書をお送りします。

　発注番号：PO-24-0712 / PO-24-0758
　支払額：3,218,400円（税込）
　支払日：10月31日
　振込元口座：城南信用金庫 神宮前支店 普通 0031187 カ）ソレイユラボ

請求書記載の口座（三葉銀行 青山支店 当座 0190224 カ）コスモオーイーエム）にお振込みいたします。

""" + SIG_MA),

dict(expect="pass", kind="benign.influencer_public", loc=None,
 why="A collaboration with a public beauty influencer through her agency; only public stage name and business contacts.",
 frm=MA, to=["株式会社スターリンク・マネジメント 担当 本田 様 <honda@starlink-mgmt.example.jp>"],
 subject="コラボ企画のご相談（RIKAKO様）",
 text="""本田様

はじめてご連絡いたします。株式会社ソレイユ・ラボ EC運営部の松尾と申します。
御社所属の美容系クリエイター RIKAKO 様（YouTube登録者 84万人）に、当社「ミオ」シリーズとのコラボ企画をご提案したくご連絡いたしました。

　・内容：限定カラーのUVミルク共同開発、YouTubeでの開発過程の紹介
　・時期：2025年春発売予定
　・条件：ご相談のうえ決定

ご興味をお持ちいただけましたら、企画の詳細をご説明に伺います。

""" + SIG_MA),
]
