"""Hand-written README section; {KEY} placeholders are replaced by the final ids."""

BORDERLINE = """## Borderline calls and how they were decided

- **Named infection vs. "unwell".** {A08} (hold): a teacher's reply to one parent keeps another
  child's name and "溶連菌陽性" in the subject; the body is anonymous. A third person's infection named
  to a family member is held. {A18} (pass): a teacher tells a parent that the class teacher is off
  "体調不良" and that the contact-book app has a "システム障害"; no diagnosis, no third party.
- **Same athlete, different recipient.** {E16} (pass) sends Marco Silva his own ACL rehab plan at his
  own address (data subject). {E09} (hold) puts "Marco Silva - ACL reconstruction, week 6" in the
  subject of a mail to the club's S&C coach; {E01} (hold) gives another player's MRI findings to his
  agent. Legitimate sport context does not remove rule 1 when the recipient is a third party.
- **Employer or colleague still counts.** {E03} (hold) gives an athlete's health-insurance numbers to
  the athlete's own company team manager; {E02} (hold) lists the sending physio's own passport with the
  players'. {A03} (hold) sends two new staff members' マイナンバー to the payroll 社労士 — a normal
  contractor, but numbers in a mail body are checked.
- **Legitimate authority, still held.** {A02} (child-abuse follow-up to the ward office), {B08}
  (fraud victim's name to the police, subject only), {B01} (heart attack and diabetes to the loan
  guarantor and group-credit insurer), {E04} (depression/ADHD to the league for a TUE) are all
  proper purposes; the labels follow rule 1 and hold them for a supervisor's check.
- **Welfare and disability to a private landlord.** {C03} (hold) reports an applicant's 生活保護 and
  精神障害者保健福祉手帳2級 / 統合失調症 to an individual owner. The owner does not need it; it can lead to
  discrimination. {C01} (hold) is held for the residence-card and passport numbers, not for the
  applicant's nationality, which alone would not be a 要配慮 category.
- **Criminal proceedings in two words.** {C08} (hold): the subject has only the surname "松井様", but
  together with the building and room number it identifies the applicant, and "執行猶予中" is a
  criminal-proceedings fact.
- **Real card vs. test card.** {D01} (hold) forwards a customer's card number read out on the phone
  (Luhn-valid, non-test). {D13} (pass) lists `4111 1111 1111 1111` as the staging test card in
  development minutes. {B13} and {D17} (pass) show only `**** **** **** NNNN`.
- **12-digit numbers.** {D08} (hold) has a check-digit-valid 個人番号 alone in the subject, with no name —
  still an identity number. {B20} and {C20} (pass) carry Yamato tracking numbers (5998-8043-7940,
  2087-6405-1904) that happen to satisfy the マイナンバー check digit as well; the context ("伝票番号")
  decides. {A14} has an ordinary tracking number, JAN codes and an order number.
- **Mentions without data.** {A15} (onboarding invitation to the offer holder herself) and {E18}
  (lecturer's own fee, account masked) ask for マイナンバー / health-check papers to be brought or posted,
  but contain no number — pass.
- **Contact data to a vendor.** {C14} (pass): the boiler repair request gives model and serial numbers
  and says the agency will arrange the visit itself — no tenant contact. {C02} (hold): the noise
  complainant's name, mobile and e-mail go to another building's management company.
- **Genome.** {E12} (pass) is a policy statement on genetic tests; {E07} (hold) attaches one athlete's
  genotype report (ACTN3, APOE e3/e4) for a coach.
- **Recipients.** {D10} (hold) is a harmless outage notice, but with 15 customer addresses in To.
  {A10}, {B10}, {C10} (hold) do the same for parents, client companies and tenants. {A11} and {B16}
  (pass) send to a similar crowd in BCC; {D18} (pass) shows 6 outside addresses from 2 companies
  working on one project.
- **Family data for company housing.** {C06} (hold): the landlord asked for the tenant sheet, but it
  carries the employee's and family members' birth dates, phone and the father's home address.
  {C19} (pass) arranges the same kind of viewing with only "ご家族4名".
- **Quoted leftovers.** {A07} (hold): the principal's own text says only "ゆり組の1名"; the internal
  exchange left below it names the child and the DV protection order. {D06} (hold): the support agent's
  text is neutral, the quoted customer mail has a driver's licence number.

"""
