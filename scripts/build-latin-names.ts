/**
 * Writes models/latin-names/given.txt, surnames.txt and east-asian-surnames.txt: given names and surnames written in Latin
 * letters, from the person-name lists of @faker-js/faker's locales (MIT licence, see NOTICE.md)
 * and a short list of Chinese, Korean and Vietnamese surnames in romanisation. Words that are
 * also ordinary English words (Will, May, Grace, Hope …) are left out of the given names.
 *
 *   npx tsx scripts/build-latin-names.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allLocales } from '@faker-js/faker';

const LOCALES = [
  'en', 'en_US', 'en_GB', 'en_IE', 'en_CA', 'en_AU', 'en_IN', 'en_NG', 'en_GH', 'en_ZA', 'en_HK', 'es', 'es_MX', 'fr', 'fr_CA', 'de', 'de_AT', 'de_CH',
  'it', 'pt_BR', 'pt_PT', 'nl', 'sv', 'nb_NO', 'da', 'fi', 'pl', 'cs_CZ', 'hu', 'hr', 'ro', 'tr', 'vi', 'id_ID', 'af_ZA', 'zu_ZA',
] as const;

/** Given names that are ordinary English words or places, too often not a person in business mail. */
const ENGLISH_WORDS = new Set(
  (
    'will may june april august summer autumn winter spring hope faith grace joy charity mercy patience prudence honor honour ' +
    'mark bill grant chase rose dean major page jack frank earnest miles cliff gene lane glen wade stone drew carol art guy pat sue don ' +
    'ray bob penny holly ivy lily daisy heather olive violet jade pearl ginger sky river storm rain dawn crystal amber ruby iris jasmine ' +
    'sunny rich price king queen prince duke earl baron bishop christian hunter archer carter mason cooper porter baker taylor ' +
    'paris london victoria virginia georgia carolina florence sydney austin jordan chad kenya india china israel dakota dallas ' +
    'brook brooks field ford hall hill wood woods forest bay cove dale vale wells banks ' +
    'sale sales case cash bond gay happy lucky bright young gold silver max kit val al'
  ).split(/\s+/),
);

/**
 * Chinese, Korean and Vietnamese surnames in their usual romanisation (Chen Wei, Kim Min-jun,
 * Nguyen Van An): written to east-asian-surnames.txt, the heads of such pairs, and into surnames.txt.
 */
const EAST_ASIAN_SURNAMES =
  'Chen Wang Li Zhang Liu Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Su Lu Ding Shen Ren Yao Fang Jin Qian Zhong Tan Lau Chan Cheung Wong Leung Ng Chow Lam Yip Tsang Kwok Lee Kim Park Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Oh Seo Shin Kwon Hwang Ahn Hong Jeon Ko Moon Son Bae Baek Heo Nam Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ngo Duong Ly'.split(' ');
/** Surnames that are more often a given name or a word in a pair (Chen Wei, Ho Chi Minh): in surnames.txt only. */
const EAST_ASIAN_SURNAMES_TOO = ['Wei', 'Ho'];

/** Given names of languages whose faker lists are not in Latin letters (Arabic, Persian, Malay) or are missing. */
const MORE_GIVEN =
  'Ahmad Ahmed Mohammed Muhammad Mohamed Mohammad Omar Umar Hassan Hasan Hussein Husain Ibrahim Yusuf Youssef Khalid Abdullah Abdul Fatima Fatimah Aisha Aisyah Nur Nurul Siti Zainab Maryam Mariam Layla Leila Reza Mehdi Amir Hamid Farid Karim Rashid Tariq Imran Irfan Faisal Bilal Hamza Zaid Salma Amina Yasmin Noor Rania Dina Samir Nabil Walid Mustafa Mahmoud Ehsan Arash Parisa Shirin Nasrin Farah Aziz Hakim Idris Ismail Jamal Nadia Rahim Sami Tarek Yasir Zahra'.split(' ');

/** South Asian and Irish given names and surnames the faker lists lack or have too few of. */
const MORE_GIVEN_2 =
  'Rajesh Ramesh Suresh Mahesh Ganesh Dinesh Rakesh Mukesh Naresh Anil Sunil Vijay Ajay Sanjay Rahul Amit Sumit Rohit Mohit Arjun Arun Varun Karan Kiran Ravi Rajiv Sachin Deepak Pradeep Sandeep Manish Nitin Vivek Vikram Anand Ashok Gopal Krishna Lakshmi Priya Divya Kavya Anjali Pooja Neha Sneha Swati Shreya Meera Radha Geeta Rekha Sunita Anita Kavita Asha Usha Nisha Ritu Sanjana Aditi Ananya Ishaan Aarav Vihaan Aoife Siobhan Niamh Saoirse Ciara Roisin Sinead Orla Eoin Cian Oisin Padraig Seamus Declan Ronan Colm Tomas Tomasz Jakub Ondrej Lukas Petr Jiri'.split(' ');
const MORE_SURNAMES =
  'Kumar Sharma Verma Gupta Singh Patel Shah Mehta Iyer Nair Menon Reddy Rao Naidu Pillai Das Bose Chatterjee Banerjee Mukherjee Ghosh Joshi Kulkarni Desai Jain Agarwal Chopra Kapoor Malhotra Khanna Bhatt Pandey Mishra Tiwari Yadav Chauhan Thakur Selvam Raman Krishnan Subramanian Venkatesh Byrne Murphy Kelly Walsh Ryan Doyle McCarthy Gallagher Kennedy Lynch Quinn Brennan Novak Novotny Dvorak Svoboda'.split(' ');

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../models/latin-names');
const given = new Set<string>([...MORE_GIVEN, ...MORE_GIVEN_2]);
const surnames = new Set<string>([...EAST_ASIAN_SURNAMES, ...EAST_ASIAN_SURNAMES_TOO, ...MORE_SURNAMES]);
const words = (v: unknown): string[] => (Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v).flatMap(words) : typeof v === 'string' ? [v] : []);
const LATIN_WORD = /^[A-Z][a-zà-ÿ'-]{1,19}$/;
for (const locale of LOCALES) {
  const person = (allLocales as Record<string, { person?: { first_name?: unknown; last_name?: unknown } }>)[locale]?.person;
  if (!person) throw new Error(`faker locale ${locale} has no person names`);
  for (const w of words(person.first_name)) if (LATIN_WORD.test(w) && !ENGLISH_WORDS.has(w.toLowerCase())) given.add(w);
  for (const w of words(person.last_name)) if (LATIN_WORD.test(w)) surnames.add(w);
}
const sorted = (s: Set<string>): string => [...s].sort().join('\n') + '\n';
writeFileSync(path.join(out, 'given.txt'), sorted(given));
writeFileSync(path.join(out, 'surnames.txt'), sorted(surnames));
writeFileSync(path.join(out, 'east-asian-surnames.txt'), sorted(new Set(EAST_ASIAN_SURNAMES)));
process.stdout.write(`models/latin-names: ${given.size} given names, ${surnames.size} surnames\n`);
