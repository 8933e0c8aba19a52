/** The masked sample shown for a hit, chosen by category. */
import type { Hit } from './hit.js';
import { maskAddress, maskAlnum, maskDigits, maskEmail, maskName, maskText } from './mask.js';

/** `shown` is the normalised text of the hit (separators kept, digits ASCII). */
export function sampleFor(hit: Hit, shown: string): string {
  switch (hit.category) {
    case 'phone':
      return maskDigits(shown, 3, 4);
    case 'credit_card':
      return maskDigits(shown, 4, 4);
    case 'my_number':
    case 'drivers_license':
    case 'pension_number':
    case 'employment_insurance':
      return maskDigits(shown, 0, 4);
    case 'national_id':
      return maskAlnum(shown);
    case 'corporate_number':
      return maskDigits(shown, 1, 4);
    case 'bank_account':
    case 'health_insurance':
      return maskDigits(shown, 0, 2);
    case 'birth_date':
    case 'income':
      return maskDigits(shown, 0, 0);
    case 'evaluation':
      return '*'.repeat(Math.max(1, [...shown].length));
    case 'passport':
    case 'residence_card':
      return maskAlnum(shown);
    case 'email_address':
      return maskEmail(shown);
    case 'address':
      return maskAddress(shown);
    case 'person_name':
      return maskName(shown);
    default:
      return maskText(shown);
  }
}
