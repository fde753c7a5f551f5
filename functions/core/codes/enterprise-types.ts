/**
 * Enterprise types of GACC's tables (7)/(8) and of the press ("private enterprises"), keyed by
 * GACC's own abbreviations. Each line: `CODE|label|other spellings;…`.
 */
import { codeList, parseEntries } from './code-list.js';

const ENTERPRISE_TYPES = `
SOE|State-owned|State-owned enterprises;state owned;SOEs
FIE|Foreign-invested|Foreign-invested enterprises;foreign invested;foreign-funded enterprises;FIEs;Sub.Tot
CJV|Chinese-foreign contractual joint venture|contractual joint ventures;CJVs
EJV|Chinese-foreign equity joint venture|equity joint ventures;EJVs
FOE|Wholly foreign-owned|wholly foreign-owned enterprises;foreign-owned enterprises;FOEs
POE|Private|private enterprises;privately-owned enterprises;private firms;POEs
OTHER|Other|Others
`;

/** Every enterprise type we can name. */
export const ENTERPRISE_TYPES_LIST = codeList('enterprise-types', parseEntries(ENTERPRISE_TYPES));
