# -*- coding: utf-8 -*-
# Org D: 東都大学 人間科学研究科 認知行動研究室 (university research lab with volunteers)
SIG_FUJII = """
――――――――――――――――――――
東都大学大学院 人間科学研究科
認知行動研究室 准教授
藤井 恵（Megumi Fujii, PhD）
〒192-0397 東京都八王子市南大沢5-12-1
TEL 042-677-3321 / fujii.m@cogbehav.toto-u.example.ac.jp
――――――――――――――――――――"""
SIG_BRANDT = """
Lucas Brandt, PhD
JSPS Postdoctoral Fellow
Cognitive & Behavioural Science Lab, Toto University
5-12-1 Minami-Osawa, Hachioji, Tokyo 192-0397, Japan
l.brandt@cogbehav.toto-u.example.ac.jp | +81 42-677-3325"""
SIG_MURAKAMI = """
--
村上 沙織（Saori Murakami）
東都大学 認知行動研究室 研究コーディネーター
TEL 042-677-3329 / murakami.s@cogbehav.toto-u.example.ac.jp"""
FF = "藤井 恵 <fujii.m@cogbehav.toto-u.example.ac.jp>"
FB = "Lucas Brandt <l.brandt@cogbehav.toto-u.example.ac.jp>"
FMU = "村上 沙織 <murakami.s@cogbehav.toto-u.example.ac.jp>"

MAILS = [
dict(_org="D", _where="body", expect="hold", kind="sensitive.health",
 why="A named participant's depression score and blood pressure are sent to an overseas collaborator.",
 **{"from": FB}, to=["Dr. Anna Lindqvist <anna.lindqvist@psych.uppsala-u.example.se>"],
 subject="Session 3 – flagged participant",
 text="""Hi Anna,

Quick flag before our Thursday call. In session 3 one participant, Kenji Watanabe (P-017, 41 y),
scored 21 on the PHQ-9 (severe range) and answered "several days" on item 9.
His resting blood pressure was 168/104. He mentioned he was diagnosed with major depressive
disorder last year and stopped his medication in August.

Per protocol Megumi has referred him to the university counselling centre and we've paused
his participation. Should we keep his first two sessions in the dataset or exclude him entirely?

Cheers,
Lucas
"""+SIG_BRANDT,
 personal=[{"type":"name","value":"Kenji Watanabe"},{"type":"health","value":"diagnosed with major depressive\ndisorder"}]),

dict(_org="D", _where="attachment", expect="hold", kind="list.roster",
 why="The attached CSV lists participants' names, e-mails, phones and ages and goes to a transcription vendor.",
 **{"from": FB}, to=["Clearscript Transcription <jobs@clearscript.example.com>"],
 subject="Batch 12 – interview audio",
 text="""Hello Clearscript team,

Attached is the file for this week's batch. The audio files are on the shared drive as usual.
Turnaround of 5 working days would be great.

Thanks,
"""+SIG_BRANDT,
 attachments=[{"filename":"batch12_index.csv","contentType":"text/csv","text":
"""file_id,participant_name,email,phone,age,session_date
A12-01,Haruka Ishii,haruka.ishii@gmail.com,090-3372-1105,24,2024-10-21
A12-02,Takeshi Nomura,t.nomura@yahoo.co.jp,080-6614-2290,37,2024-10-21
A12-03,Mei Lin,meilin.tokyo@outlook.com,070-2219-8843,29,2024-10-22
A12-04,Yoshiko Kato,yoshiko.k55@nifty.example.com,042-671-0392,69,2024-10-23
A12-05,Ryota Sugimoto,ryota.s@icloud.example.com,090-8801-4476,21,2024-10-24
"""}],
 personal=[{"type":"name","value":"Haruka Ishii"},{"type":"email","value":"t.nomura@yahoo.co.jp"},{"type":"phone","value":"042-671-0392"}]),

dict(_org="D", _where="quoted", expect="hold", kind="sensitive.genome",
 why="The quoted earlier message gives a named participant's APOE genotype; the reply goes to the genotyping company.",
 **{"from": FB}, to=["Support, HelixGen Japan <support@helixgen.example.jp>"],
 subject="Re: Re: Sample QC – plate 7",
 text="""Dear Mr. Okabe,

Thanks, re-running the two failed wells is fine. Please invoice them on the next plate.
We'll ship plate 8 on Monday.

Best,
Lucas

> On 29 Oct 2024, Lucas Brandt wrote:
> Dear Mr. Okabe,
> Thanks for the QC report. One note for your records: the sample labelled
> "Yamada Sachiko / P-031" came back APOE e4/e4 homozygous in your report, but the
> participant told us she already knew from a previous test, so no need for the
> special counselling flag. The other 46 samples are fine.
>
>> On 28 Oct 2024, HelixGen Support wrote:
>> Plate 7 QC done: 46/48 passed. Wells C4 and F9 failed (low DNA yield).
"""+SIG_BRANDT,
 personal=[{"type":"name","value":"Yamada Sachiko"},{"type":"genome","value":"APOE e4/e4 homozygous"}]),

dict(_org="D", _where="zip", expect="hold", kind="attachment.encrypted_zip",
 why="An encrypted zip is attached (PPAP).",
 **{"from": FB}, to=["Dr. Anna Lindqvist <anna.lindqvist@psych.uppsala-u.example.se>"],
 subject="Wave 2 data export",
 text="""Hi Anna,

Here's the wave 2 export as agreed in the data sharing agreement.
The archive is password-protected; I'll send the password via Signal.

Contents: trial-level RT data, questionnaire scores, session notes.

Lucas
"""+SIG_BRANDT,
 attachments=[{"filename":"wave2_export_2024-10-31.zip","contentType":"application/zip","encrypted":True}]),

dict(_org="D", _where="body", expect="hold", kind="id.bank_account",
 why="A volunteer's personal Japan Post Bank account is sent to an outside payment agent.",
 **{"from": FMU}, to=["株式会社八王子ビジネスサポート 謝金振込窓口 <furikomi@hachioji-bs.example.jp>"],
 subject="謝礼振込依頼（10月実施分・追加1名）",
 text="""八王子ビジネスサポート
謝金振込窓口 ご担当者様

いつもお世話になっております。東都大学 認知行動研究室の村上です。
10月実施分の謝礼振込について、1名追加でお願いいたします。

　氏名：太田 優子（オオタ ユウコ）
　金額：3,000円（源泉なし）
　振込先：ゆうちょ銀行 記号 10130 番号 67891231
　名義：オオタ ユウコ

前回の一覧と合わせて、11月15日の振込でお願いできますでしょうか。
"""+SIG_MURAKAMI,
 personal=[{"type":"name","value":"太田 優子"},{"type":"bank_account","value":"記号 10130 番号 67891231"}]),

dict(_org="D", _where="body", expect="hold", kind="id.mynumber",
 why="An outside lecturer's My Number is typed into the body to the university's tax consultant.",
 **{"from": FMU}, to=["南大沢税務会計事務所 <info@minamiosawa-tax.example.jp>"],
 subject="支払調書作成用の情報（講演謝金）",
 text="""南大沢税務会計事務所
ご担当 井上様

お世話になっております。東都大学 認知行動研究室の村上です。
9月のセミナー講師への謝金について、支払調書作成用の情報をお送りします。

　講師：高田 誠一 様（フリーランス臨床心理士）
　住所：東京都町田市原町田4-3-20
　謝金：50,000円（源泉徴収 5,105円）
　番号：6894 4176 4950

ご本人から番号確認書類の写しもいただいております。
"""+SIG_MURAKAMI,
 personal=[{"type":"mynumber","value":"6894 4176 4950"},{"type":"name","value":"高田 誠一"},{"type":"address","value":"東京都町田市原町田4-3-20"}]),

dict(_org="D", _where="subject", expect="hold", kind="sensitive.health",
 why="Only the subject names a participant and her panic attack in the scanner.",
 **{"from": FB}, to=["MRI Unit, Tama Imaging Center <booking@tama-imaging.example.jp>"],
 subject="Participant S-22 (Aiko Tanaka) – withdrew after panic attack in scanner",
 text="""Dear booking team,

Could you please update your log accordingly and release the slot we had reserved
for her follow-up scan on 14 November?

Thank you,
"""+SIG_BRANDT,
 personal=[{"type":"name","value":"Aiko Tanaka"},{"type":"health","value":"panic attack in scanner"}]),

dict(_org="D", _where="recipients", expect="hold", kind="recipients.visible",
 why="A schedule mail to 13 private volunteers shows all their addresses in the To line.",
 **{"from": FB},
 to=["haruka.ishii@gmail.com","t.nomura@yahoo.co.jp","meilin.tokyo@outlook.com","yoshiko.k55@nifty.example.com",
     "ryota.s@icloud.example.com","s.kimura1990@gmail.com","aya_fukuda@docomo.example.ne.jp","kenichi.morita@ocn.example.ne.jp",
     "j.tan.sg@gmail.com","miho.arai@yahoo.co.jp","daiki.h@ybb.example.ne.jp","sophie.martin.tk@gmail.com","kaz.ono@biglobe.example.ne.jp"],
 subject="Memory study – session 2 schedule / 第2回セッションのご案内",
 text="""Dear participants / 参加者の皆さま,

Thank you again for joining our memory study. Session 2 will take place in the week of 18 November.
第2回セッションは11月18日の週に実施します。

Please book your preferred slot via the form below by 10 November:
https://forms.example.com/cogbehav-s2

Location: Building 8, Room 402 (Minami-Osawa campus)
Duration: about 60 minutes
Honorarium: 3,000 yen (paid by bank transfer)

Best regards,
"""+SIG_BRANDT),

dict(_org="D", _where="body", expect="hold", kind="sensitive.religion",
 why="A named participant's religion is passed to a caterer for meal planning.",
 **{"from": FB}, to=["Orders, Minami-Osawa Catering <orders@mo-catering.example.jp>"],
 subject="Lunch order – workshop 22 Nov (dietary notes)",
 text="""Hello,

For the participant workshop on 22 November we'd like 18 bento boxes as usual, delivered at 11:45.

Dietary notes:
- Mr. Ahmad Rahman is a practising Muslim and observes halal; please make sure his box
  contains no pork or alcohol (including mirin) and mark it with his name.
- Ms. Priya Nair is a strict vegetarian because of her Jain faith (no onion, garlic or root vegetables).
- 2 × no seafood (allergy not severe)

Invoice to the lab as before.

Thanks,
Lucas
"""+SIG_BRANDT,
 personal=[{"type":"name","value":"Ahmad Rahman"},{"type":"religion","value":"practising Muslim"},{"type":"religion","value":"Jain faith"}]),

dict(_org="D", _where="body", expect="hold", kind="sensitive.victim",
 why="A named participant's disclosure of being a stalking/DV victim is sent to an outside counselling centre.",
 **{"from": FF}, to=["八王子こころの相談センター 相談員 野村 様 <nomura@hachioji-kokoro.example.or.jp>"],
 subject="研究参加者についてのご相談",
 text="""八王子こころの相談センター
野村 様

東都大学 認知行動研究室の藤井です。先日はお電話で失礼いたしました。

当研究室の調査に参加された 西川 美穂 さん（30代）が、面接中に
元交際相手からストーカー行為と暴力を受けており、現在警察に被害届を出していると話されました。
ご本人は相談先を希望されており、センターのご紹介について同意を得ております。

連絡先はご本人から直接お電話するとのことです。
受け入れの可否と、初回相談までの流れを教えていただけますでしょうか。
"""+SIG_FUJII,
 personal=[{"type":"name","value":"西川 美穂"},{"type":"victim","value":"元交際相手からストーカー行為と暴力を受けており、現在警察に被害届を出している"}]),

# ---------------- passes ----------------
dict(_org="D", _where="-", expect="pass", kind="benign.recruitment_flyer",
 why="A public recruitment call that mentions depression as a study topic, with no individual.",
 **{"from": FB}, to=["Student Affairs Office, Toto University International Center <intl-students@toto-u.example.ac.jp>"],
 subject="Request to circulate: volunteers wanted for a study on mood and memory",
 text="""Dear colleagues,

Could you please circulate the call below on the international students' mailing list?

---
VOLUNTEERS WANTED – Mood and Memory Study
We are looking for adults aged 20-65 to take part in a study on how mood affects everyday memory.
People with and without a history of depression or anxiety are welcome.
- Two 60-minute sessions at Minami-Osawa campus
- Computer tasks and short questionnaires
- 3,000 yen per session
Approved by the Toto University Research Ethics Committee (No. 2024-HS-118).
Contact: l.brandt@cogbehav.toto-u.example.ac.jp
---

Many thanks,
"""+SIG_BRANDT),

dict(_org="D", _where="-", expect="pass", kind="benign.genome_policy",
 why="A genome-testing policy document with no participant data.",
 **{"from": FF}, to=["Prof. David Okafor <d.okafor@genetics.lagos-u.example.ng>"],
 subject="Our policy on returning genetic results",
 text="""Dear David,

Thank you for asking about our approach. In short:

1. Participants choose at consent whether they want to be told about APOE results.
2. Results are only returned through a certified genetic counsellor, never by e-mail.
3. Samples are coded; the key is held by the coordinator only, offline.
4. Genotype data are stored separately from questionnaire data.
5. The lab never shares genotype results with employers or insurers.

Our full policy (in English) is attached. Happy to discuss at the Kyoto meeting.

Best wishes,
Megumi
"""+SIG_FUJII,
 attachments=[{"filename":"CBL_genetic_results_policy_v3.pdf","contentType":"application/pdf","text":"Cognitive & Behavioural Science Lab\nPolicy on the return of genetic research results (v3, April 2024)\n1. Scope\n2. Consent options\n3. Return via certified genetic counsellor\n4. Data separation and storage"}]),

dict(_org="D", _where="-", expect="pass", kind="benign.aggregate_results",
 why="Interim results are aggregated over 48 participants.",
 **{"from": FF}, to=["Program Officer, Nakamura Memorial Foundation <grants@nakamura-found.example.or.jp>"],
 subject="Interim report – Grant NMF-2023-041",
 text="""Dear Ms. Kurihara,

Please find our interim summary below.

- Participants enrolled: 48 (target 60); withdrawn: 3
- Mean age 38.4 (SD 12.1); 27 women, 21 men
- Mean PHQ-9 at baseline: 7.2 (SD 4.9); 9 participants in the moderate-or-higher range
- Recall accuracy: 71% (low mood) vs 78% (neutral), p = .03

No adverse events requiring ethics reporting occurred.
The full report will follow by 30 November.

Kind regards,
"""+SIG_FUJII),

dict(_org="D", _where="-", expect="pass", kind="benign.data_subject_self",
 why="A participant receives his own appointment and his own study code.",
 **{"from": FB}, to=["Tomás Rivera <tomas.rivera.jp@gmail.com>"],
 subject="Your appointment on 19 November",
 text="""Dear Tomás,

Thank you for booking your second session. Here are your details:

- Your participant code: P-044
- Date: Tuesday 19 November, 10:00-11:00
- Place: Building 8, Room 402 (please come to the 4th floor reception)

Please get a normal night's sleep beforehand and bring your glasses if you use them for reading.
If you need to reschedule, just reply to this e-mail.

See you then,
"""+SIG_BRANDT),

dict(_org="D", _where="-", expect="pass", kind="benign.project_two_orgs",
 why="A project mail with five visible addresses from two universities.",
 **{"from": FF},
 to=["Dr. Anna Lindqvist <anna.lindqvist@psych.uppsala-u.example.se>","Dr. Erik Holm <erik.holm@psych.uppsala-u.example.se>",
     "Sara Nyberg <sara.nyberg@psych.uppsala-u.example.se>"],
 cc=["Lucas Brandt <l.brandt@cogbehav.toto-u.example.ac.jp>","村上 沙織 <murakami.s@cogbehav.toto-u.example.ac.jp>"],
 subject="Joint paper – timeline and author order",
 text="""Dear Anna, Erik and Sara,

Thanks for a productive call yesterday. My notes:

1. Target journal: Cognition & Emotion; submission by end of February.
2. Author order: Lindqvist, Brandt, Holm, Nyberg, Fujii (corresponding: Anna).
3. Lucas drafts Methods and Results by 20 December.
4. Sara updates the preregistration on OSF to reflect the added wave.
5. Saori will prepare the data availability statement with the anonymised dataset.

Next call: 10 December, 16:00 CET / 24:00 JST (sorry, Lucas!).

Best,
Megumi
"""+SIG_FUJII),

dict(_org="D", _where="-", expect="pass", kind="benign.lecturer_own_fee",
 why="A lecturer is told his own fee; the account is masked.",
 **{"from": FMU}, to=["高田 誠一 様 <seiichi.takada@gmail.com>"],
 subject="講演謝金のお振込みについて",
 text="""高田 誠一 様

先日はセミナーでのご講演、誠にありがとうございました。
東都大学 認知行動研究室の村上でございます。

謝金のお振込みについてご連絡いたします。
　謝金額：50,000円
　源泉徴収税額：5,105円
　お振込額：44,895円
　お振込先：ご登録口座（三井住友銀行 町田支店 普通 ****231）
　お振込予定日：11月22日

内容にお間違いがあれば、ご連絡くださいますようお願いいたします。
"""+SIG_MURAKAMI),

dict(_org="D", _where="-", expect="pass", kind="benign.it_malware",
 why="\"Infection\" and \"quarantine\" refer to malware on a lab PC.",
 **{"from": FB}, to=["Info Security Desk, Toto University ITC <security@itc.toto-u.example.ac.jp>","Tech Support, NeuroTask Systems <support@neurotask.example.com>"],
 subject="Incident report – stimulus PC infected, files quarantined",
 text="""Hello,

Reporting an incident on our stimulus presentation PC (asset tag CBL-PC-07, hostname cbl-stim07).

- 31 Oct 14:12: antivirus flagged an infection (Trojan:Win32/Wacatac) in a USB-borne installer
- The file was quarantined automatically; the PC was taken off the network at 14:20
- Full scan finished at 16:05 with no further detections
- No participant data is stored on this PC (tasks only)

NeuroTask support: could you confirm whether ntrunner_setup_4.2.exe (SHA-256 ending ...9c1e0a7f)
is your genuine installer? It's the file that was quarantined.

Thanks,
"""+SIG_BRANDT),

dict(_org="D", _where="-", expect="pass", kind="benign.fiction_vignette",
 why="Fictional case vignettes used as study stimuli, not real persons.",
 **{"from": FB}, to=["Dr. Anna Lindqvist <anna.lindqvist@psych.uppsala-u.example.se>"],
 subject="Vignettes for the stigma task – final wording",
 text="""Hi Anna,

Here is the final wording of the four fictional vignettes for the stigma task (all names invented):

V1. "Taro, 34, is an accountant. Last year he was diagnosed with bipolar disorder and took three months off work."
V2. "Emma, 27, a nurse, has been in treatment for an eating disorder since university."
V3. "Kenta, 45, was convicted of drink-driving ten years ago and now runs a bakery."
V4. "Lisa, 52, uses a wheelchair after a car accident and works as a translator."

Participants rate each on the social-distance scale. Let me know if the Swedish translation is ready.

Lucas
"""+SIG_BRANDT),

dict(_org="D", _where="-", expect="pass", kind="benign.plain_zip",
 why="A plain zip of stimulus images, no personal data.",
 **{"from": FB}, to=["Sara Nyberg <sara.nyberg@psych.uppsala-u.example.se>"],
 subject="Stimulus images (plain zip)",
 text="""Hi Sara,

Attached are the 120 neutral and 120 negative images we use (IAPS-like set, our own photos).
It's a normal zip, no password. Filenames encode valence and arousal.

Lucas
"""+SIG_BRANDT,
 attachments=[{"filename":"cbl_stimuli_v2.zip","contentType":"application/zip","text":"neu_001_v5.1_a2.3.jpg\nneu_002_v5.0_a2.1.jpg\nneg_001_v2.2_a6.4.jpg\n..."}]),

dict(_org="D", _where="-", expect="pass", kind="benign.bcc_mass",
 why="A newsletter to past volunteers is sent with all recipients in Bcc.",
 **{"from": FMU}, to=["認知行動研究室 <murakami.s@cogbehav.toto-u.example.ac.jp>"],
 bcc=["haruka.ishii@gmail.com","t.nomura@yahoo.co.jp","meilin.tokyo@outlook.com","yoshiko.k55@nifty.example.com",
      "ryota.s@icloud.example.com","s.kimura1990@gmail.com","aya_fukuda@docomo.example.ne.jp","kenichi.morita@ocn.example.ne.jp",
      "j.tan.sg@gmail.com","miho.arai@yahoo.co.jp","daiki.h@ybb.example.ne.jp","tomas.rivera.jp@gmail.com"],
 subject="【研究室ニュースレター】研究成果のご報告と新しい研究へのお誘い",
 text="""これまで研究にご参加いただいた皆さま

認知行動研究室の村上です。いつもご協力いただき、ありがとうございます。
皆さまにご参加いただいた「気分と記憶の研究」の中間結果がまとまりましたので、簡単にご報告します。

・気分が落ち込んでいるときは、出来事の細部を思い出しにくい傾向が見られました。
・結果は来年3月の日本心理学会で発表予定です。

また、12月から「睡眠と注意の研究」の参加者を募集します。
詳細は研究室ウェブサイトをご覧ください。

※本メールはBCCで一斉送信しております。配信停止をご希望の方はご返信ください。
"""+SIG_MURAKAMI),
]
