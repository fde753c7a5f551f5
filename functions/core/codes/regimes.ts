/**
 * Customs regimes (GACC's "trade modes"): one label per regime across GACC's table families and
 * the press. The trade-mode table (2) and the customs-regime tables (5), (7) and (18) name the same
 * regimes differently ("Frontier Petty Trade" / "Border Trade", "Leasing Trade" / "Goods on Lease");
 * the label we publish is the customs-regime table's. `gacc_code` is GACC's four-digit
 * trade-mode code where the regime is one code (empty for statistical groups of several codes).
 * Each line: `code|label|gacc_code|other spellings;…`.
 */
import { codeList, type CodeEntry } from './code-list.js';

/** A customs regime entry. */
export interface Regime extends CodeEntry {
  gacc_code: string;
}

const REGIMES = `
total|Total||TOTAL;Total Value;all regimes;all trade modes
ordinary-trade|Ordinary Trade|0110|General Trade
processing-trade|Processing Trade||processing trade in total
processing-assembling|Processing and Assembling|0214|Processing and Assembling Trade;Processing and Assembling Trade with Foreign-Supplied Materials;Processing and Assembling Trade with Imported Materials;Processing with Supplied Materials;Processing with Foreign-Supplied Materials
processing-imported-materials|Processing with Imported Materials|0615|Processing Trade with Imported Materials;Process with Imported Materials;Processing of Imported Materials
aid-donation-governments|Aid or Donation Between Governments or by International Organizations||Aid or Donation Between Government or by International Organizations;Aid or Donation Between Governments;Free Assistance and Donated Materials between Countries, International Organizations
other-donation|Other Donation||Other Donated Materials;Other Donations
border-trade|Border Trade||Frontier Petty Trade;Border Small-amount Trade;Border Petty Trade;Small-amount Border Trade
equipment-processing-trade|Equipment for Processing Trade||Processing Trade Imported Equipments;Processing Trade Imported Equipment
contracting-projects|Contracting Projects||Exports of Foreign Contracted Project;Exports of Foreign Contracted Projects;Foreign Contracted Projects
goods-on-lease|Goods on Lease||Leasing Trade
fie-investment-equipment|Equipment or Materials Imported as Investment by Foreign-Invested Enterprises||Imported Equipments, Articles Invested by Foreign-Funded Enterprises;Equipment or Materia Imported as Investment by Foreign-Invested Enterprises;Equipment or Materia Imported as I by Foreign-Invested Enterprises
outward-processing|Outward Processing||Outward Processing Trade
duty-free-foreign-currency|Duty-free Commodities on Payment of Foreign Currency||Duty-Free Foreign Exchange Commodities;Duty-free Commoditie on Payment of Currency;Duty-free Commodities on Payment of Currency
duty-free-goods|Duty-free Goods||Duty Free Goods
customs-warehousing|Customs Warehousing Trade||Entry and Exit Goods in Bonded Supervision Sites;Bonded Warehousing Trade;Bonded Warehousing
special-area-logistics|Logistics Goods by Customs Special Control Area||Logistics Goods in Customs Special Supervision Area;Logistics Goods by C ustoms Special Control Area
special-area-equipment|Equipment Imported into Customs Special Control Area||Imported Equipments in Customs Special Supervision Area;Imported Equipment in Customs Special Supervision Area
bonded-logistics|Bonded Logistics||bonded logistics trade
cross-border-e-commerce|Cross-border E-commerce||cross-border e-commerce trade
other|Other||Others
`;

/** Parses `code|label|gacc_code|spellings` lines. */
function parseRegimes(lines: string): Regime[] {
  return lines
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [code, label, gacc_code, names = ''] = line.split('|');
      return { code, label, gacc_code, names: names.split(';').map((n) => n.trim()).filter((n) => n !== '') };
    });
}

/** Every customs regime we can name; a label no entry lists is published as GACC wrote it. */
export const REGIMES_LIST = codeList<Regime>('customs-regimes', parseRegimes(REGIMES));
