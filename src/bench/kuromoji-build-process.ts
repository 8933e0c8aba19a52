/** Child process: kuromoji's own `builder().build()` from a cold start, for comparison with `scan`. */
import kuromoji from 'kuromoji';
import { defaultDictionaryPath } from '../detect/tokenizer.js';

await new Promise<void>((resolve, reject) => kuromoji.builder({ dicPath: defaultDictionaryPath() }).build((err) => (err ? reject(err) : resolve())));
