/**
 * Running totals, stocks and the release's own reporting period. A figure counted since a route
 * opened, or standing "as of" a day, is not a flow over this year; a "year to date" figure runs to
 * the end of the period the release reports on, not to the day it was published.
 *
 * Convention (tests/corpus/press-release/README.md): a total since a launch runs from the launch
 * month when the text gives it ("since the railway opened eight months ago"), else its period_start
 * is empty; its period_end is the month of the "as of" day, else the publication month.
 */
import { MONTH_NAMES, MONTH_WORDS, monthNumber, type Anchor, type PeriodMention } from './periods.js';
import { keywords, mentions } from './keywords.js';
import type { ObservationDraft } from '../../contract.js';

interface StockRule {
  name: string;
  /** Phrases it reads, as releases write them. */
  examples: string[];
  pattern: RegExp;
}

/**
 * Phrases that make a sentence's figures running totals since a launch. A phrase runs on over a launch
 * date ("in March 2016", "on November 28, 2013", "eight months ago") but never over an amount: "the number
 * of trains since the route opened in 2017 exceeded 41,000" keeps its figure.
 */
// "since the first train left for Lodz, Poland, in April 2013": a destination's country set off by commas stands between
// the run and its date; the comma before the date (after the country, if one is named) goes on to the date.
const LAUNCH_DATE_AFTER_COMMA = String.raw`\s*(?:in|on)\s+(?:${MONTH_NAMES})\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2}\b`;
const COMMA_TO_LAUNCH_DATE = String.raw`|,(?=(?:\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,)?${LAUNCH_DATE_AFTER_COMMA})`;

// "its maiden departure", "the inaugural run": the first run under other adjectives.
const FIRST_WORD = String.raw`(?:first|maiden|inaugural)`;
// "since its start in March 2011", "since the service's beginning": a start of the service itself, never a period's start
// ("since the start of the year", "since the year's start").
const OWN_START = String.raw`(?<!\b(?:the|year|year['’]s|month['’]s|quarter['’]s|season['’]s|decade['’]s)\s)(?:start|beginning)(?!\s+of\b)`;
// "its first train", "the first Chang'an service", "the maiden China-Europe block train", "the inaugural westbound container
// runs": the first run as a noun, a name or up to three words of its kind between (a name may hold an apostrophe).
const FIRST_RUN_NAMED = String.raw`${FIRST_WORD}\s+(?:[\w'’-]+\s+){0,3}?(?:run|trip|journey|departure|train|service|shipment|flight|voyage|sailing|consignment|convoy)s?`;
// A launch told by its verb, then its date: "opened to cargo traffic in June 2022", "was launched in May 2019", "began in
// April 2013", "entered commercial service on Dec. 3, 2021"; "first", "originally", "initially" before the verb change nothing.
const LAUNCH_ADVERB = String.raw`(?:(?:first|originally|initially|officially)\s+)?`;
const LAUNCH_VERB = String.raw`(?:opened|reopened|launched|inaugurated|began|started|commenced|debuted|put\s+into\s+(?:operation|service)|(?:entered|went\s+into)\s+(?:commercial\s+)?(?:service|operation))(?:\s+(?:to|for)\s+(?:cargo\s+|freight\s+|passenger\s+)?(?:traffic|freight|cargo|trade|service))?\s+(?:in|on)\s+`;
const LAUNCH_DATE_RUN = String.raw`(?:[^,.;\d]|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.|(?:19|20)\d{2}\b|\d{1,2}(?:st|nd|rd|th)?\b(?![\d,.]*\d{3}|[.,]\d)|,\s*(?=(?:19|20)\d{2}\b))`;
// A total built up since: the present or past perfect of a verb of running or carrying ("has carried", "had now completed").
const PERFECT_OF_RUNNING = String.raw`(?:has|had|have)\s+(?:\w+\s+)?(?:carried|handled|moved|transported|made|run|seen|cleared|shipped|delivered|completed|operated|dispatched|logged|hauled|conveyed|served|sent|received)\b`;
// "Since July, cross-border e-commerce exports have reached 23.6 billion yuan", "since March, its imports have totalled ...",
// "Since April, trade through the corridor has amounted to ...": a sum written as reached in the perfect after a "since" that
// opens the clause is a running total too (a175); only in that order, since "has reached its highest since May" is a superlative's reach.
// The subject between may run to a dozen words ("Since March, shipments of new energy vehicles by rail from Ganzhou have
// reached 3,620 units", a200), none of them across a comma or a full stop.
const PERFECT_OF_REACHING = String.raw`(?:has|had|have)\s+(?:\w+\s+)?(?:reached|totall?ed|amounted\s+to|come\s+to|added\s+up\s+to)\s+(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly)\s+)?(?:[A-Z]{0,3}\$\s?|[€£¥]\s?|(?:USD|EUR|RMB|CNY)\s?)?\d`;
const BARE_MONTH_SINCE = 'since a month of a year, a total in the perfect';
// The subject may carry one aside set off by commas that describes it, opening on a lower-case word ("Since March, the trains of
// the Chang'an service, loaded with everything from solar panels to machine tools, have reached 1,388", "Since May, boxes on the
// new sea-rail route, mostly bound for Central Asia, have totalled ...", "Since April, trade with Laos, carried largely by the
// railway, has amounted to ..."): no figure and no full stop inside it.
const SUBJECT_ASIDE = String.raw`(?:[\w'’-]+\s*,\s*[a-z][^,.;\d]{0,160},\s*)?`;
// "since April 2013, when the first service left for Lodz", "since 2013, when the route opened", "since May 2019, the month the
// line was launched": a bare date that a "when" clause (or "the month ...") makes the start of a service.
const SINCE_DATE_WHEN_STARTED = String.raw`\bsince\s+(?:(?:${MONTH_NAMES})\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d{2}\s*,\s*(?:when|the\s+(?:month|year)\s+(?:(?:when|that|in\s+which)\s+)?)\s*(?:[\w'’–-]+\s+){0,8}?(?:(?:was|were)\s+)?(?:opened|reopened|launched|inaugurated|began|started|commenced|debuted|put\s+into\s+(?:operation|service)|(?:entered|went\s+into)\s+(?:commercial\s+)?(?:service|operation)|crossed|left|departed|arrived|ran|rolled|pulled|set\s+(?:off|out))\b[^.;,\d]{0,60}`;
// How long after a launch: "Four years after it opened on Dec. 3, 2021", "Three years after its launch on December 3, 2021".
const YEARS_AFTER_OPENING = String.raw`\b(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|a\s+dozen|several)\s+(?:years?|months?)\s+(?:after|on\s+from)\s+(?:(?:it|they|(?:the|its|their)\s+(?:[\w'’–-]+\s+){0,4}?(?:route|line|railway|service|services|corridor|port|zone|platform|train|trains|channel|gateway|terminal|hub|bridge|checkpoint|crossing|station))\s+(?:was\s+|were\s+)?(?:opened|reopened|launched|started|began|commenced|inaugurated|put\s+into\s+(?:operation|service))|(?:the|its|their|[\w'’–-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:opening|launch|inauguration|debut|commissioning|${FIRST_RUN_NAMED})(?:\s+of\s+(?:the\s+)?(?:[\w'’–-]+\s+){0,4}?(?:route|line|railway|service|services|corridor|port|zone|platform|train|trains|channel|gateway|terminal|hub|bridge|checkpoint|crossing|station))?)\b(?:[^,.;\d]|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.|(?:19|20)\d{2}\b|\d{1,2}(?:st|nd|rd|th)?\b(?![\d,.]*\d{3}|[.,]\d)|,\s*(?=(?:19|20)\d{2}\b)){0,60}`;
// A total built up, in the perfect of a verb of running, carrying or reaching: "had carried", "has topped", "has clocked up".
const TOTAL_BUILT_UP = String.raw`\b(?:had|has|have)\s+(?:\w+\s+)?(?:carried|handled|moved|transported|made|run|seen|cleared|shipped|delivered|reached|topped|exceeded|passed|surpassed|totall?ed|completed|operated|dispatched|(?:clocked|racked|notched|chalked)\s+up|logged|amassed|accumulated)\b`;
const SINCE_LAUNCH: StockRule[] = [
  {
    name: 'since an opening',
    examples: ['since the opening of the freight train services', 'since that first departure', 'since this maiden run', 'since its first train left for Lodz, Poland, in April 2013', "since the railway's opening eight months ago", 'since its launch in March 2016', 'since its first train in September 2017'],
    pattern: new RegExp(String.raw`\bsince\s+(?:the|its|their|that|this)\s+(?:[\w-]+(?:'s)?\s+){0,4}?(?:opening|launch|inauguration|debut|establishment|inception|start\s+of\s+operations?|${OWN_START}|${FIRST_RUN_NAMED})\b(?:[^,.;\d]|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.|(?:19|20)\d{2}\b|\d{1,2}(?:st|nd|rd|th)?\b(?![\d,.]*\d{3}|[.,]\d)|,\s*(?=(?:19|20)\d{2}\b)${COMMA_TO_LAUNCH_DATE}){0,60}`, 'gi'),
  },
  {
    // "Since the start of the Central Asia – China gas pipeline, more than 400 billion cubic metres have flowed": the start of
    // a line named by its kind (a pipeline, a railway, a route), not of a year or a month, dates a running total.
    name: 'since the start of a line',
    examples: ['Since the start of the Central Asia – China gas pipeline', 'since the start of the China-Europe rail service'],
    pattern: /\bsince\s+the\s+start\s+of\s+(?:the\s+|its\s+)?(?:[\w'’–-]+\s+){0,6}?(?:pipelines?|railway|route|line|corridor|service|bridge|crossing)\b/gi,
  },
  {
    // A span told from the opening to a month: "from its opening on Dec. 3, 2021 to the end of November this year", "from the
    // line's launch in April 2019 through the end of October". It runs from the launch month to the month it names (withRunningTotal).
    name: 'from the opening to a month',
    examples: ['from its opening on Dec. 3, 2021 to the end of November this year', "from the line's launch in April 2019 through the end of October"],
    pattern: new RegExp(String.raw`\bfrom\s+(?:the|its|their)\s+(?:[\w-]+['’]s\s+)?(?:opening|launch|inauguration|debut|first\s+(?:run|trip|train|service|departure))\b(?:[^,.;\d]|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.|(?:19|20)\d{2}\b|\d{1,2}(?:st|nd|rd|th)?\b(?![\d,.]*\d{3}|[.,]\d)|,\s*(?=(?:19|20)\d{2}\b)){0,40}?\s(?:to|until|till|through)\s+(?:the\s+end\s+of\s+|end-)?(?:${MONTH_NAMES})\b`, 'gi'),
  },
  {
    // The thing opened may be named by its own name or its owner's ("since Urumqi's train route opened", "since Gyirong Port
    // reopened"), and placed after its noun ("the port on the China-Nepal border", "the station at the border").
    // (a222: or be the traffic that began on it, "since freight traffic on it began in June last year", "since truck traffic
    // over the bridge started", "since cargo services began in March".)
    // (a235: and be set up, founded, created or approved rather than opened, "Since the zone was approved and set up in
    // December 2009, its accumulated trade has exceeded ...", "since the park was founded in 2015".)
    name: 'since it opened',
    examples: ['since the route opened in 2016', 'since the line was launched in May 2019', "since the first Chang'an train was launched on November 28, 2013", 'since it started operation', 'since it reopened on April 1', 'since island-wide special customs operations were launched on Dec. 18, 2025', 'since the Gateway began operations in August 2015', 'since the Altynkol–Khorgos crossing opened in December 2012', 'Since its railway port opened in December 2012', 'since the line entered service in December 2021', 'since the railway went into operation in 2021', 'since the sea-rail service of the western land-sea corridor began in September 2017', 'since the assembly centre started operating in May 2016', "since Urumqi's freight train route opened in June 2016", 'since Gyirong Port on the China-Nepal border reopened to cargo traffic in April 2023', 'since freight traffic on it began in June last year', 'since truck traffic over the bridge started in May 2022', 'since cargo services began in March', 'Since the zone was approved and set up in December 2009', 'since the park was founded in 2015', 'since the bonded zone was set up in May 2012', 'since the hub was created in 2018'],
    pattern: /\bsince\s+(?:it|they|(?:the|its|their|(?-i:[A-Z])[\w'’–-]*)\s+(?:[\w'’–-]+\s+){0,4}?(?:route|line|railway|service|services|corridor|port|zone|park|platform|train|trains|channel|gateway|terminal|hub|cent(?:re|er)|bridge|checkpoint|crossing|station)(?:\s+(?:of|on|at|near|along|through|via|across|from|to|between|linking|serving)\s+(?:the\s+)?(?:[\w'’–-]+\s+){0,5}?[\w'’–-]+)?|(?:[\w'-]+\s+){1,4}?operations|(?:(?:freight|cargo|goods|container|passenger|rail|road|truck|lorry|vehicle)\s+)?(?:traffic|services|trade|shipments|haulage|trucking|deliveries)(?:\s+(?:on|over|across|through|via|along|at)\s+(?:it|them|(?:the|its|their)\s+(?:[\w'’–-]+\s+){0,3}?[\w'’–-]+))?)\s+(?:was\s+|were\s+)?(?:(?:approved|founded|created|set\s+up|built|established)\s+and\s+)?(?:opened|reopened|launched|started|began|commenced|resumed|inaugurated|established|founded|created|set\s+up|approved|put\s+into\s+(?:operation|service)|(?:entered|went\s+into|came\s+into)\s+(?:commercial\s+)?(?:service|operation))\b(?:[^,.;\d]|(?:19|20)\d{2}\b|\d{1,2}(?:st|nd|rd|th)?\b(?![\d,.]*\d{3}|[.,]\d)|,\s*(?=(?:19|20)\d{2}\b)|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.){0,60}/gi,
  },
  {
    // The opening told in a relative clause of the subject, the total in the present or past perfect right after it: "The
    // bridge, which opened to cargo traffic in June 2022, has carried more than 4 million tonnes" runs from the opening month
    // (without a perfect straight after the clause, the clause only dates the opening). The bare participle set off by commas
    // reads the same: "The crossing, opened in May 2021, has handled ...". Read before "since opening" with no date: "The bridge,
    // opened in May 2021, has carried N since opening" runs from May 2021.
    name: 'which opened, with a total',
    // The launch may be told as a first one ("first launched", "originally opened", "initially started") and with any verb
    // of a start (began, started, debuted, commenced); the total in any perfect of running ("had completed", "has operated").
    examples: ['The bridge, which opened to cargo traffic in June 2022, has carried', 'the line, which was launched in May 2019, had moved', 'The crossing, opened in May 2021, has handled', 'the service, first launched in March 2011, had completed', 'The route, which originally started in June 2016, has operated'],
    pattern: new RegExp(String.raw`,\s*(?:(?:which|that)\s+(?:was\s+|were\s+)?)?${LAUNCH_ADVERB}${LAUNCH_VERB}${LAUNCH_DATE_RUN}{1,40}(?=,\s*${PERFECT_OF_RUNNING})`, 'gi'),
  },
  {
    // The same launch as a participle opening the sentence, its subject after the comma: "Launched in March 2011, the service
    // had completed more than 95,000 trips", "First opened in May 2021, the crossing has handled ...". (Without a perfect after
    // the subject, "Opened in 2019, the terminal handled 2,000 trains this year" only dates the terminal.)
    name: 'launched in, opening the sentence',
    examples: ['Launched in March 2011, the service had completed', 'First opened to freight in May 2021, the crossing has handled', "Started in April 2013, Chengdu's service has now run"],
    pattern: new RegExp(String.raw`(?:^|--|—|[.;:]\s)\s*${LAUNCH_ADVERB}${LAUNCH_VERB}${LAUNCH_DATE_RUN}{1,40}(?=,\s*(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,5}?${PERFECT_OF_RUNNING})`, 'gi'),
  },
  {
    // The subject left to the main clause: "Since opening to traffic in June 2022, the bridge had carried ...".
    name: 'since opening, its subject left out',
    examples: ['Since opening to traffic in June 2022', 'since being launched in March 2016', 'since starting operation in 2019', 'since entering service in May 2021'],
    pattern: /\bsince\s+(?:being\s+)?(?:opening|reopening|launching|starting|commencing|entering|(?:opened|launched|put|inaugurated|established)(?<=being\s+\w+))(?:\s+(?:to|for|into)\s+(?:traffic|freight|cargo|trade|passengers|operations?|service)|\s+(?:operations?|service)|\s+into\s+(?:operation|service))?\b(?!\s+(?:of|a|an|the|its|their)\b)(?:[^,.;\d]|(?:19|20)\d{2}\b|\d{1,2}(?:st|nd|rd|th)?\b(?![\d,.]*\d{3}|[.,]\d)|,\s*(?=(?:19|20)\d{2}\b)|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.){0,60}/gi,
  },
  {
    // An anniversary counted from the opening, with a total the main clause says has built up: "Four years after it opened on
    // Dec. 3, 2021, the railway had carried more than 20.6 million tonnes" (without a perfect the clause only dates the line);
    // a perfect of reaching a level ("had reached", "has topped", "had passed") tells the total built up too.
    // The launch may be a noun with its date: "Three years after its launch on December 3, 2021, the railway has shipped", "a year
    // after the opening of the line in May 2025", "Two years after the bridge's inauguration in June 2022" (a220).
    // (a229: "N years on from" is "after"; the launch may be the first run as a noun, "its maiden run on Nov. 28, 2013", "the
    // first train in"; the total built up by any perfect of running up a count: "had clocked up", "has racked up", "has logged".)
    // (a237: the clause may follow the total it dates: "The railway had transported 55.4 million tonnes as of the end of
    // November, nearly four years after it opened in December 2021", "The bridge has carried 4.1 million tonnes, two years
    // after it was opened in June 2022"; "The line carried 3 million tonnes in 2024, two years after it opened" stays a year's.)
    // (a233: the years may be spelt past twelve or told round, "Almost thirteen years on from the maiden run of March 19, 2011",
    // "fifteen years after", "a dozen years after", "several years on from".)
    name: 'years after it opened, with a total',
    examples: ['Four years after it opened on Dec. 3, 2021, the China-Laos Railway had carried', 'Two years after the bridge was opened in June 2022, it has handled', 'Two years after the line opened in May 2022, goods cleared at its port had reached', 'Three years after its launch on December 3, 2021, the China-Laos Railway has shipped', 'A year after the opening of the line in May 2025, it has carried', 'Ten years on from its maiden run in March 2015, the service had clocked up'],
    pattern: new RegExp(String.raw`(?<=${TOTAL_BUILT_UP}(?:[^.;]|\.(?=\d)){0,120}?)${YEARS_AFTER_OPENING}|${YEARS_AFTER_OPENING}(?=[^.;]*${TOTAL_BUILT_UP})`, 'gi'),
  },
  {
    // An anniversary of the opening, with a total the main clause says has built up: "By Friday, the fifth anniversary of its
    // launch in June 2019, the line had moved ..." runs from the launch month (the anniversary's day is no period of its own).
    name: 'an anniversary of the opening, with a total',
    examples: ['the third anniversary of its opening in December 2021, the railway had carried', "on the second anniversary of the bridge's opening on 1 July 2022, it has handled"],
    pattern: /\banniversary\s+of\s+(?:the|its|their)\s+(?:[\w'’–-]+\s+){0,4}?(?:opening|launch|inauguration|debut|start\s+of\s+operations?|first\s+(?:run|trip|journey|departure|train|service|shipment|flight|voyage))\b(?:[^,.;\d]|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.|(?:19|20)\d{2}\b|\d{1,2}(?:st|nd|rd|th)?\b(?![\d,.]*\d{3}|[.,]\d)|,\s*(?=(?:19|20)\d{2}\b)){0,60}(?=[^.;]*\b(?:had|has|have)\s+(?:\w+\s+)?(?:carried|handled|moved|transported|made|run|seen|cleared|shipped|delivered)\b)/gi,
  },
  {
    name: 'since the first run',
    // A service named with an apostrophe ("since the first Chang'an train left for Almaty on 28 November 2013") is one word.
    examples: ["since the first Chang'an train left for Almaty on 28 November 2013", 'since the first one passed in March 2011', 'since the first train left for Lodz, Poland, in April 2013', 'since the first China-Europe train departed from the city in 2016', 'since the first scheduled China-Vietnam freight train ran through the port in November 2017', 'since the first trains ran in June 2018', 'since the first sea-rail train set out in April 2017', "Since the corridor's first rail-sea train ran in September 2017", "since the first Chang'an block train departed in May 2014"],
    pattern: new RegExp(String.raw`\bsince\s+(?:the|its|their)\s+(?:[\w-]+['’]s\s+)?${FIRST_WORD}\s+(?:[\w'’-]+\s+){0,5}?(?:ran|run|passed|departed|left|arrived|crossed|rolled|set\s+off|set\s+out|pulled\s+(?:out|in|into)|used|took|made|entered|reached|travell?ed|went|came|headed)\b(?:[^,.;\d]|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.|(?:19|20)\d{2}\b|\d{1,2}(?:st|nd|rd|th)?\b(?![\d,.]*\d{3}|[.,]\d)|,\s*(?=(?:19|20)\d{2}\b)${COMMA_TO_LAUNCH_DATE}){0,60}`, 'gi'),
  },
  {
    // How long after the first run, with a total told in the present perfect: the total runs from that run's month.
    name: 'so long after the first run',
    examples: ['A decade after the first freight train pulled out of the city for Madrid on Nov. 18, 2014, the service has made', 'Five years after the first train left in March 2019, the line has run'],
    pattern: /\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:decades?|years?|months?)\s+after\s+(?:the|its|their)\s+(?:[\w-]+['’]s\s+)?first\s+(?:[\w-]+\s+){0,5}?(?:ran|passed|departed|left|arrived|crossed|rolled|set\s+off|set\s+out|pulled\s+out)\b(?:[^,.;\d]|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.|(?:19|20)\d{2}\b|\d{1,2}(?:st|nd|rd|th)?\b(?![\d,.]*\d{3}|[.,]\d)|,\s*(?=(?:19|20)\d{2}\b)){0,60}(?=[^.;]*\b(?:has|have)\s+(?:now\s+)?(?:made|run|carried|handled|completed|seen|transported)\b)/gi,
  },
  {
    // A joint service dates from the merger of the services it joined: "since the two cities merged their services under a
    // single brand in January 2021, the joint service has made over 7,400 trips".
    name: 'since a merger',
    examples: ['since the two cities merged their services under a single brand in January 2021', 'since the operators combined their routes in 2018'],
    pattern: /\bsince\s+(?:the|its|their)\s+(?:[\w'’–-]+\s+){0,3}?(?:merged|combined|unified|pooled)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:services|routes|lines|operations|brands|platforms)\b(?:[^,.;\d]|(?:19|20)\d{2}\b|\d{1,2}(?:st|nd|rd|th)?\b(?![\d,.]*\d{3}|[.,]\d)|,\s*(?=(?:19|20)\d{2}\b)){0,60}/gi,
  },
  {
    // The launch told in an apposition or relative clause, with a word of a running total in the
    // sentence: without that word ("The route, launched in 2011, made 2,000 trips this year") the
    // clause only dates the route.
    name: 'launched in, with a total',
    examples: ['The route, launched in March 2011, has now made more than 19,000 trips in total', "Zhengzhou's service, which began in July 2013, has run over 15,000 trips to date", 'The port, which opened its rail yard in May 2014, has seen 9,100 trains pass since then', 'The terminal, which opened in June 2016 and can store 40,000 tonnes, has since shipped 2.1 million tonnes'],
    pattern: /\b(?:which\s+|that\s+)?(?:was\s+|were\s+)?(?:launched|opened|began|started|inaugurated|debuted)(?:\s+(?:operations?|running|service)|\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2}\b(?=[^.;]*\b(?:in\s+total|to\s+date|so\s+far|altogether|in\s+all|a\s+total\s+of|cumulative(?:ly)?|since\s+then|(?:has|have|had)\s+since\s+[a-z]+ed)\b)/gi,
  },
  {
    // The first run told as an event of its own, then "since then": the total runs from the month of that run.
    name: 'first run, then since then',
    examples: ['The first direct service from Chengdu reached the terminal in November 2017; since then it has handled 412 trains in total', 'The first train arrived in Duisburg in March 2014, and since then 9,000 have followed'],
    pattern: /\bfirst\s+(?:[\w'-]+\s+){0,5}?(?:reached|arrived\s+(?:in|at)|left|departed(?:\s+from)?|ran\s+to|rolled\s+into|pulled\s+into)\s+(?:(?:the\s+)?[A-Z][\w'-]*\s+){0,2}?(?:the\s+[a-z]+\s+)?in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2}\b(?=\s*[;,]?\s*(?:and\s+)?since\s+then\b)/gi,
  },
  {
    // A measure's start dates what has built up under it: "Since the first zero-tariff list took effect in December 2020, such
    // imports had exceeded 24 billion yuan", "since the scheme came into force in March 2021", "since the policy was introduced".
    name: 'since a measure took effect',
    // (a249) The measure's name may be quoted and its goods listed ('Since the "zero-tariff" lists for raw materials, means of
    // production and vehicles took effect in December 2020').
    examples: ['Since the first zero-tariff list took effect in December 2020', 'Since the "zero-tariff" lists for raw materials, means of production and vehicles took effect in December 2020', 'since the free-trade agreement came into force in March 2021', 'since the preferential scheme was introduced in 2019', 'since the new rules went into effect on 1 July 2022', 'since bonded-storage rules began to apply in April 2021', 'since zero tariffs kicked in in May 2022'],
    pattern: /\bsince\s+(?:(?:the|its|their)\s+)?["“]?(?-i:[a-z])(?:[\w'’-]+["”]?,?\s+){0,10}?(?:took\s+effect|kicked\s+in|became\s+effective|(?:came|went|entered)\s+into\s+(?:force|effect)|(?:began|started|came)\s+to\s+(?:apply|take\s+effect|be\s+applied)|(?:began|started)\s+applying|(?:was|were)\s+(?:introduced|implemented|adopted|rolled\s+out|enacted|put\s+in\s+place|brought\s+in))\b(?:[^,.;\d]|(?:19|20)\d{2}\b|\d{1,2}(?:st|nd|rd|th)?\b(?![\d,.]*\d{3}|[.,]\d)|,\s*(?=(?:19|20)\d{2}\b)|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.){0,60}/gi,
  },
  {
    // A bare date, then a "when" clause (or "the month ...") that tells what started then, then a total in the perfect: "Since
    // March 2016, when the first train crossed the border here, the port had seen 11,000 trains", "since 2013, when the route
    // opened, the hub has run 9,000 trips", "Since May 2019, the month the line was launched, it has carried ...", "since June
    // 2021, when its maiden service left for Minsk, the terminal has handled ..." (the total runs from that date; without a
    // perfect after the clause, "Since 2013, when the line opened, trade grew 5 percent" dates no running total).
    name: 'since a date, when it started',
    examples: ['Since March 2016, when the first train crossed the border here, the port had seen', 'since 2013, when the route opened, the hub has run', 'Since May 2019, the month the line was launched, it has carried'],
    pattern: new RegExp(String.raw`${SINCE_DATE_WHEN_STARTED}(?=,\s*(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,5}?${PERFECT_OF_RUNNING})`, 'gi'),
  },
  {
    // The same date and clause after the total, in its own clause: "more than 24,000 trains had been dispatched and received at
    // the hub since April 2013, when the first service left for Lodz", "the hub has run 9,000 trips since 2013, when the route
    // opened", "it had carried 3.1 million tonnes since May 2019, the month the line was launched".
    name: 'a total since a date, when it started',
    examples: ['24,000 trains had been dispatched and received at the hub since April 2013, when the first service left for Lodz', 'the hub has run 9,000 trips since 2013, when the route opened'],
    pattern: new RegExp(String.raw`(?<=${PERFECT_OF_RUNNING}(?:[^.;]|\.(?=\d)){0,80}?)${SINCE_DATE_WHEN_STARTED}`, 'gi'),
  },
  {
    // A month of a year alone after "since", with a total in the perfect of a verb of running or carrying before or after it:
    // "Since November 2013, the hub has run over 11,000 trains", "the line has carried 2.1 million tonnes since May 2019", "Since
    // late March 2016 the crossing had handled 9,000 trains" (the total runs from that month, as from a launch). Not a change
    // ("exports have grown 40% since March 2020": no verb of running; "has carried 3.1 million tonnes, up 5 percent from a year
    // earlier": a change, sinceLaunch) nor a superlative's reach ("the most since May 2020").
    // The month may stand without its year (a162): "Since March, the corridor to Budapest has carried 36,000 TEUs", "the
    // terminal has cleared 4,100 trucks since early June", "Since the start of April the yard had handled ...", and a "when"
    // clause may tell what began then ("Since March, when a second lane opened, the port had handled ..."): the total runs
    // from that month of the release's year (of the year before when the month is still to come), launchMonth.
    name: BARE_MONTH_SINCE,
    examples: ['Since November 2013, the hub has run over 11,000 trains', 'the line has carried 2.1 million tonnes since May 2019', 'Since late March 2016 the crossing had handled', 'Since March, the corridor to Budapest has carried', 'Since March, when a second container inspection lane opened, the port had handled'],
    pattern: new RegExp(String.raw`\bsince\s+(?:(?:early|mid|late)[- ]?\s*|the\s+(?:start|beginning)\s+of\s+)?(?:${MONTH_NAMES})\b(?:\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2}\b|(?![.,\s]+\d))(?:(?=(?:\s*,\s*when\s+[^,.;\d]{0,80})?\s*,?\s*(?:(?:the|its|their)\s+)?(?:["“]?[\w'’-]+["”]?\s+){0,12}?${SUBJECT_ASIDE}(?:${PERFECT_OF_RUNNING}|${PERFECT_OF_REACHING}))|(?<=\b${PERFECT_OF_RUNNING}\b[^.;]{0,100}))`, 'gi'),
  },
  {
    // A season or a marketing year started on a day: "Since the new season began on 1 July, more than 11 million tonnes of wheat
    // have been exported", "since the marketing year started on September 1", "since the campaign opened in October": what has
    // been shipped since runs from that month to the publication month (round a199).
    name: 'since a season began',
    examples: ['Since the new season began on 1 July', 'since the marketing year started on September 1', 'since the cocoa campaign opened in October'],
    // (The season may be named by its two years, "since the 2025/26 crop year opened on Sept. 1", and the month abbreviated with a stop.)
    pattern: new RegExp(String.raw`\bsince\s+(?:the|this|its)\s+(?:(?:new|current|latest|[\w-]+|(?:19|20)\d\d[/-]\d\d)\s+){0,2}?(?:season|marketing\s+year|crop\s+year|campaign)\s+(?:began|started|opened|commenced|got\s+under\s+way)\s+(?:on|in)\s+(?:\d{1,2}\s+(?:${MONTH_WORDS})\b\.?|(?:${MONTH_WORDS})\b\.?(?:\s+\d{1,2}\b)?)`, 'gi'),
  },
  {
    // The first days, weeks or months of a thing opened or reopened, its own ("its", "their") or told after it: "Zhangmu port
    // reopened for cargo on May 29. In its first three weeks, 12 million yuan of goods cleared customs there", "During their first
    // month of operation the new lanes handled ...", "in the first 20 days after the bridge reopened", "over the first fortnight
    // since reopening on 3 March". They run from the launch month (said in the phrase or in a sentence before, launchBefore) to
    // the publication month, as "since it reopened" does (a239). "In the first two months of 2026", "the first month of the
    // year" are periods of a year, no launch.
    name: 'in its first weeks',
    examples: ['In its first three weeks', 'During their first month of operation', 'in the first 20 days after the bridge reopened', 'over the first fortnight since reopening on 3 March', 'within its first 10 days of trading'],
    pattern: new RegExp(String.raw`\b(?:in|during|over|within|for)\s+(?:(?:its|their)\s+first\s+(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few)\s+)?(?:days?|weeks?|months?|fortnight)\b(?!\s+of\s+(?:the\s+|this\s+|last\s+)?(?:year|(?:19|20)\d\d|${MONTH_NAMES})\b)(?:\s+of\s+(?:operations?|service|trading|business|traffic))?|the\s+first\s+(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few)\s+)?(?:days?|weeks?|months?|fortnight)\s+(?:after|since)\s+(?:(?:it|they|the\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:was\s+|were\s+)?(?:re)?(?:opened|launched|resumed|started)|(?:re)?opening|resuming)\b)(?:\s+(?:to|for)\s+(?:cargo|freight|traffic|trade))?(?:\s+(?:on|in)\s+(?:\d{1,2}\s+)?(?:${MONTH_NAMES})\b\.?(?:\s+\d{1,2}\b)?(?:,?\s+(?:19|20)\d{2}\b)?)?`, 'gi'),
  },
  {
    name: 'so far, without a year',
    examples: ['so far, more than 40,000 trains have run', 'has so far handled 12,000 trips'],
    pattern: /\bso\s+far\b(?!\s+(?:this|in|during|for)\b)/gi,
  },
];

const SINCE_HINT = /\bsince\b|\banniversary\s+of\b|\bso\s+far\b|\bafter\s+(?:the|its|their)\s+(?:[\w-]+['’]s\s+)?first\b|\b(?:after|on\s+from)\s+(?:the|its|their|[\w'’–-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:opening|launch|inauguration|debut|commissioning|maiden|inaugural)\b|\b(?:launched|opened|began|started|inaugurated|debuted)\b|\bfrom\s+(?:the|its|their)\s+(?:[\w-]+['’]s\s+)?(?:opening|launch|inauguration|debut|first)\b|\b(?:its|their|the)\s+first\s+(?:[\w-]+\s+)?(?:days?|weeks?|months?|fortnight)\b/i;
// (a229: "N years on from its maiden run", SINCE_LAUNCH's 'years after it opened'.)
const SINCE_WORDS = keywords(['since', 'anniversary', 'far', 'first', 'launched', 'opened', 'began', 'started', 'inaugurated', 'debuted', 'opening', 'launch', 'inauguration', 'debut', 'commissioning', 'maiden', 'inaugural'], SINCE_HINT);
// Words of a stock or a running total stated "as of" a day: counts that exist, totals accumulated.
// ("registered" firms are a stock; "registered a decline of 7.1 percent", the official verb of a change, is not.)
// "in all" closing its clause ("had crossed the country in all, the ministry said") is "in total". A network that "had
// reached" (or "hit", "covered", "extended to", "connected") so many cities or countries is a stock of its reach.
const STOCK_CUE = /\b(?:in total|in all(?=\s*(?:[,.;]|$))|a total of|total of|cumulative(?:ly)?|accumulated|there (?:were|are)|registered(?!\s+an?\s+(?!total\b))|in operation|had (?:reached|hit|covered|extended to|connected) \d[\d,]* (?:cities|countries|destinations))\b/i;
// A year-on-year change says the figure is this year's flow, not a running total.
const YOY_CUE = /\b(?:year[- ]on[- ]year|on-year|y\/y|yoy|from a year (?:earlier|ago)|(?:same|corresponding|similar) period)\b/i;
// "eight months ago", "two years ago": how long ago the launch was.
const AGO = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(months?|years?)\s+ago\b/i;
// "in March 2016", "on November 28, 2013", "on 28 November 2013": the launch month.
// "on Dec. 18, 2025", "on Dec 3, 2021", "on Sept. 30, 2022": abbreviated months too.
const LAUNCH_MONTH = /\b(?:in\s+|on\s+)?(?:\d{1,2}\s+)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d{2})\b/i;
// "since it reopened on April 1", "since it resumed in March": a launch month of the publication year,
// or of the year before when that month is still to come.
const LAUNCH_MONTH_NO_YEAR = new RegExp(String.raw`\b(?:in|on(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|since(?:\s+(?:early|mid|late)[- ]?|\s+the\s+(?:start|beginning)\s+of)?)\s+(${MONTH_WORDS})\b\.?(?:\s+\d{1,2}\b)?(?![,\s]+(?:19|20)\d{2})`, 'i');

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

function ym(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}


/** The launch month a since-phrase states ("eight months ago", "in March 2016"); '' when it gives none. */
function launchMonth(phrase: string, anchor: Anchor | null): string {
  const ago = AGO.exec(phrase);
  if (ago && anchor) {
    const n = /^\d+$/.test(ago[1]) ? Number(ago[1]) : WORDS[ago[1].toLowerCase()];
    return ym(anchor.year * 12 + anchor.month - 1 - n * (/^year/i.test(ago[2]) ? 12 : 1));
  }
  const dated = LAUNCH_MONTH.exec(phrase);
  if (dated) return `${dated[2]}-${String(monthNumber(dated[1])).padStart(2, '0')}`;
  const undated = anchor ? LAUNCH_MONTH_NO_YEAR.exec(phrase) : null;
  if (!undated || !anchor) return '';
  const month = monthNumber(undated[1])!;
  // "since the highway bridge opened in June last year", "in March of last year", "in May the year before": the year said after the month.
  const lastYear = LAST_YEAR_AFTER_MONTH.test(phrase.slice(undated.index + undated[0].length));
  return ym((lastYear || month > anchor.month ? anchor.year - 1 : anchor.year) * 12 + month - 1);
}
const LAST_YEAR_AFTER_MONTH = /^,?\s+(?:of\s+)?(?:last|the\s+previous|the\s+past)\s+year\b|^,?\s+the\s+year\s+before\b/i;

// "The China-Laos Railway began operation on Dec. 3", "the new crossing was opened to cargo traffic in June 2022", "the line
// entered commercial service on 1 July", "the terminal started operations in March": a sentence that tells when a line, route
// or facility began to run gives the launch a later "since the opening" points back to.
// A service named as the subject, then a bare verb of a start, says the same: "The service started in November 2014", "the
// route first began in June 2016", "the corridor debuted in April 2017" (a service noun first: "Exports started in March" is no launch).
// "When the first China-Europe freight train pulled out of Hefei in August 2014", "the maiden service left for Duisburg in March
// 2011", "its inaugural train departed from Xi'an on Nov. 28, 2013", "the first shipment set off from the port in May": the first
// run leaving (from or for a named place) tells the launch as "began operation" does.
const FIRST_RUN_LEFT = String.raw`\b${FIRST_WORD}\s+(?:[\w'’-]+\s+){0,3}?(?:trains?|services?|runs?|trips?|departures?|shipments?|voyages?|flights?)\s+(?:pulled\s+out|left|departed|set\s+(?:off|out)|rolled\s+out|ran)(?:\s+(?:of|from|for|to)\s+[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*){0,2})?`;
// (a245) A fact sheet's line dates the first run after a colon or dash, with no verb: "first train: 28 November 2013, to
// Almaty", "Maiden departure – March 2011", "inaugural service: Nov. 28, 2013".
const FIRST_RUN_DATED = String.raw`\b${FIRST_WORD}\s+(?:[\w'’-]+\s+){0,2}?(?:trains?|services?|runs?|trips?|departures?|shipments?|voyages?|flights?)\s*[:–—-]`;
const LAUNCH_STATED = new RegExp(String.raw`\b(?:${FIRST_RUN_DATED}|(?:(?:services?|routes?|lines?|railway|corridor|link|trains?|network)\s+(?:(?:first|originally|initially)\s+)?(?:began|started|commenced|debuted|opened)|(?:began|started|commenced)\s+(?:commercial\s+|full\s+|regular\s+)?(?:operations?|services?|running)|(?:entered|went\s+into|came\s+into|(?:was|were)\s+put\s+into)\s+(?:commercial\s+|full\s+)?(?:operation|service)|(?:was|were)\s+(?:officially\s+|formally\s+|first\s+|originally\s+)?(?:opened|reopened|launched|inaugurated|commissioned)(?:\s+(?:to|for)\s+(?:cargo\s+|freight\s+|passenger\s+)?(?:traffic|freight|cargo|trade))?|(?:opened|reopened)\s+(?:to|for)\s+(?:cargo\s+|freight\s+)?(?:traffic|freight|cargo|trade)|,\s*(?:which|that)\s+(?:(?:first|originally|initially|officially|formally)\s+)?opened|${FIRST_RUN_LEFT})\s+(?:in|on))\s+(?:\d{1,2}\s+)?(${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+((?:19|20)\d{2})\b)?`, 'i');
const LAUNCH_STATED_WORDS = keywords(['began', 'started', 'commenced', 'debuted', 'entered', 'went into', 'came into', 'put into', 'opened', 'launched', 'inaugurated', 'commissioned', 'first', 'maiden', 'inaugural'], LAUNCH_STATED);

/** The month a sentence says a line or facility began to run in ("began operation on Dec. 3"); '' when it says none. */
export function launchStated(s: string, anchor: Anchor | null): string {
  const m = mentions(s, LAUNCH_STATED_WORDS) ? LAUNCH_STATED.exec(s) : null;
  const month = m ? monthNumber(m[1]) : undefined;
  if (!m || !month || (!m[2] && !anchor)) return '';
  // (a249) "which opened on April 21 last year": the year said after the date.
  const lastYear = !m[2] && LAST_YEAR_AFTER_MONTH.test(s.slice(m.index + m[0].length));
  const year = m[2] ? Number(m[2]) : lastYear || month > anchor!.month ? anchor!.year - 1 : anchor!.year;
  return ym(year * 12 + month - 1);
}

// "goods worth 86.5 billion yuan had been carried"; "the trains had made more than 112,600 trips": runs made by a day.
// (a245: or trains counted, "the service had run a total of 8,030 trains".)
const RUNS_PILED_UP = /\bhad\s+(?:made|run|operated|completed)\s+(?:(?:more\s+than|over|about|nearly|some|a\s+total\s+of)\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:[\w-]+\s+)?(?:trips|runs|journeys|services|trains)\b/i;
const PILED_UP = new RegExp(String.raw`\bhad\s+been\s+(?:carried|transported|handled|shipped|moved|delivered|cleared)\b|${RUNS_PILED_UP.source}`, 'i');
const THIS_YEAR_WORDS = /\b(?:this|the\s+current)\s+year\b|\byear[- ]to[- ]date\b|\bso\s+far\s+in\b/i;
const CUTOFF_YEAR = /^,?\s*(?:of\s+|in\s+)?(?:this|the\s+current)\s+year$/i;
const BARE_THIS_YEAR = /^this\s+year$/i;

const publicationMonth = (anchor: Anchor | null): string => (anchor ? ym(anchor.year * 12 + anchor.month - 1) : '');

/** The period the release reports on so far (the last period stated), as `runningTotals` is told it. */
type ReportedPeriod = { start: string; end: string; loose?: boolean; running?: boolean } | null;

/** A since-launch phrase of a sentence, with the rule that read it. */
type SincePhrase = { start: number; end: number; rule: string };

/**
 * Reads a sentence's periods the way its figures are meant: a year-to-date phrase ends where the
 * release's reporting period (`previous`, the last period stated) or a cut-off day ends; a since-
 * launch phrase or a stock "as of" a day makes a running total (see the module comment).
 */
export function runningTotals(periods: PeriodMention[], s: string, anchor: Anchor | null, previous: ReportedPeriod, launchBefore = '', lead?: { start: string; end: string }): PeriodMention[] {
  const cutoff = periods.find((p) => p.cutoff && p.kind === 'period');
  const since = mentions(s, SINCE_WORDS) && SINCE_HINT.test(s) ? sinceLaunch(s) : null;
  let out = withoutYearOfCutoff(periods, s, cutoff, since);
  const ytd = out.find((p) => p.yearToDate && p.kind === 'period');
  if (ytd) out = endYearToDate(out, ytd, cutoff, s, anchor, previous);
  // "As of the end of June, ... more than 6.9 million TEU in total": a stock, without a yoy change.
  const asOf = asOfDayIn(s);
  // "bringing the year's total so far to ...": the "so far" of a year-to-date phrase is no launch.
  if (since && !(ytd && ytd.start <= since.start && ytd.end >= since.end)) return withRunningTotal(out, since, cutoff, asOf, s, anchor, previous, launchBefore);
  if (!since && !ytd && (s.includes('so far') || s.includes('So far'))) out = yearSoFarOfChange(out, s, yearSoFarEnd(previous, lead));
  return continuedRunningTotal(out, s, previous, asOf) ?? sinceTheMonthBefore(out, s, previous, anchor) ?? asStocks(out, s, asOf, launchBefore);
}

const BARE_SO_FAR = /\bso\s+far\b(?!\s+(?:this|in|during|for)\b)/i;

/**
 * The month a bare "so far" runs to, from January of its year (null: none): the end of the year so far the release stated
 * last (January to a month of one year), else the end of the release's own reporting period when that lies in one year
 * ("Exports rose 6.0 percent in the third quarter ... Imports had grown 1.8 percent in the second quarter ... Exports are now
 * up 4.3 percent so far": January to September), else the end of the last period stated when that lies in one year. A
 * running total before it ends nothing.
 */
function yearSoFarEnd(previous: ReportedPeriod, lead?: { start: string; end: string }): string | null {
  if (previous?.running) return null;
  const inOneYear = (p: { start: string; end: string }) => p.start !== '' && p.start.slice(0, 4) === p.end.slice(0, 4);
  if (previous && previous.start.endsWith('-01') && inOneYear(previous)) return previous.end;
  if (lead && lead.end !== '' && inOneYear(lead)) return lead.end;
  return previous && inOneYear(previous) ? previous.end : null;
}

/**
 * "As of June 14, Mongolia has exported 36.2 million tonnes of coal this year ... the value of coal exports so far amounts to
 * USD 3.1 billion, down 32.5 percent": a bare "so far" beside a change in percent (no launch, sinceLaunch) goes on with the
 * year so far (yearSoFarEnd). It is added as a period of its own, so a figure right after it takes it over a month the
 * sentence names in passing ("Despite the higher volume in May, ...").
 */
function yearSoFarOfChange(out: PeriodMention[], s: string, end: string | null): PeriodMention[] {
  if (!end) return out;
  const m = BARE_SO_FAR.exec(s);
  if (!m || recordBefore(s, m.index, true) || !(YOY_CUE.test(s) || CHANGE_IN_PERCENT.test(s))) return out;
  const soFar: PeriodMention = { start: m.index, end: m.index + m[0].length, kind: 'period', periodStart: `${end.slice(0, 4)}-01`, periodEnd: end, yearToDate: true };
  return [...out, soFar].sort((a, b) => a.start - b.start);
}

/** Whether a mention of `s` is an "as of" day. (Returned unnamed: tsx names every named closure it makes, about 0.3 us each.) */
const asOfDayIn = (s: string) => (p: PeriodMention) => p.kind === 'period' && /^(?:as of|as at|up to|by)\b/i.test(s.slice(p.start, p.end));

// "Chengdu launched its first regular service to Lodz in April 2013. The city has since dispatched and received more than 3,600
// trains": "since" as an adverb after the verb's auxiliary, or "Since then," opening the sentence, counts from the month the
// sentence before named (a single month), up to the publication month.
const SINCE_ADVERB = /\b(?:has|have|had)\s+since\s+(?:[a-z]+\s+){0,2}?(?:handled|dispatched|sent|received|run|made|carried|seen|operated|moved|shipped|transported|served|cleared|welcomed)\b|^\s*Since\s+then\b/i;

/** A sentence's total since the single month the sentence before named, counted with "has since ..." (null: none is). */
function sinceTheMonthBefore(out: PeriodMention[], s: string, previous: ReportedPeriod, anchor: Anchor | null): PeriodMention[] | null {
  if (!previous || !anchor || previous.start === '' || previous.start !== previous.end || previous.end >= publicationMonth(anchor) || out.some((p) => p.kind === 'period')) return null;
  const m = SINCE_ADVERB.exec(s);
  return m ? [...out, { start: m.index, end: m.index + m[0].length, kind: 'period', periodStart: previous.start, periodEnd: publicationMonth(anchor), running: true }] : null;
}

/**
 * "as of Nov. 8 this year": the year words only place the cut-off day; they are not a second period.
 * "As of November 9, the trains had made 9,324 trips this year": a bare "this year" elsewhere in the sentence too.
 */
function withoutYearOfCutoff(periods: PeriodMention[], s: string, cutoff: PeriodMention | undefined, since: SincePhrase | null = null): PeriodMention[] {
  if (!cutoff) return periods;
  const yearOfCutoff = periods.find((p) => p !== cutoff && ((p.start >= cutoff.end && p.start - cutoff.end <= 2 && CUTOFF_YEAR.test(s.slice(cutoff.end, p.end))) || (BARE_THIS_YEAR.test(s.slice(p.start, p.end)) && p.periodStart.slice(0, 4) === cutoff.periodEnd.slice(0, 4))));
  if (!yearOfCutoff) return periods;
  // "As of October 31, the trains reached 4,108 this year and 36,500 since the first one ran in 2013": a bare "this year" set
  // beside a since-launch total is the year's own span to the cut-off day, not the cut-off's year words.
  if (since && yearOfCutoff.start >= cutoff.end + 3 && (yearOfCutoff.end <= since.start || yearOfCutoff.start >= since.end)) return periods.map((p) => (p === yearOfCutoff ? { ...p, periodEnd: cutoff.periodEnd } : p));
  return periods.filter((p) => p !== yearOfCutoff);
}

/**
 * Where a year-to-date phrase ends: at the sentence's cut-off day ("Since the beginning of 2023 ... by
 * March 14"), at the month its data are for ("Figures for June released on Monday show ... year to date"),
 * else at the end of the period the release reports on.
 */
function endYearToDate(out: PeriodMention[], ytd: PeriodMention, cutoff: PeriodMention | undefined, s: string, anchor: Anchor | null, previous: ReportedPeriod): PeriodMention[] {
  const endedAt = (end: string) => (p: PeriodMention) => (p === ytd ? { ...p, periodEnd: end } : p);
  if (cutoff) return out.filter((p) => p !== cutoff).map(endedAt(cutoff.periodEnd));
  const label = out.find((p) => p !== ytd && p.kind === 'period' && p.periodStart === p.periodEnd && p.periodEnd.slice(0, 4) === ytd.periodStart.slice(0, 4) && isDataLabel(s, p));
  if (label) return out.filter((p) => p !== label).map(endedAt(label.periodEnd));
  // A June report published in August: "year to date" is January to June. A report on the first 20
  // days of October published on the 21st: "year-to-date" runs to October, the month it reports.
  // A headline's loose "this year" reports no such month: "so far this year" keeps its own end.
  if (previous && previous.end && !previous.loose && previous.end.slice(0, 4) === ytd.periodStart.slice(0, 4) && previous.end !== ytd.periodEnd && (previous.end < ytd.periodEnd || previous.end <= publicationMonth(anchor))) {
    return out.map(endedAt(previous.end));
  }
  return out;
}

/**
 * A since-launch phrase makes a running total: from the launch month to the cut-off or "as of" month
 * ("As of the end of September, the trains had made 113,000 trips since the service was launched"),
 * else to the publication month. The phrase replaces what the period rules read inside it or as its cut-off.
 */
// "since the opening", "since its launch": a launch named before, with no date of its own.
const SINCE_THE_LAUNCH = /^since\s+(?:the|its|their)\s+(?:opening|launch|start|inauguration|debut)$/i;

// "Mohan ... since the China-Laos Railway opened in December 2021." then, paragraphs on, "had handled 17.6 million tonnes since
// the line opened": a launch named without a date points back to the launch month the release gave before ("so far" names
// no launch: it starts no running total of its own).
function withRunningTotal(out: PeriodMention[], since: SincePhrase, cutoff: PeriodMention | undefined, asOf: (p: PeriodMention) => boolean, s: string, anchor: Anchor | null, previous: ReportedPeriod = null, launchBefore = ''): PeriodMention[] {
  const inside = (p: PeriodMention) => p.start < since.end && p.end > since.start;
  const asOfEnd = out.find((p) => asOf(p) && p.periodEnd && !inside(p));
  // "from its opening ... to the end of November this year": the span ends in the month the phrase runs to (its last period).
  const spanEnd = since.rule === 'from the opening to a month' ? out.findLast((p) => inside(p) && p.kind === 'period' && p.periodEnd !== '' && p.end >= since.end) : undefined;
  const end = spanEnd?.periodEnd ?? cutoff?.periodEnd ?? asOfEnd?.periodEnd ?? yearEndBefore(s, since, anchor) ?? publicationMonth(anchor);
  // "The line has carried ... since it opened on Dec. 3, 2021. ... had cleared goods worth ... since the opening": a launch the
  // phrase only points back to is the start of the running total the sentence before gave, when it ends where this one does.
  const phrase = s.slice(since.start, since.end);
  // "... has kept growing since the line entered service in December 2021. By the end of March, the railway had carried ... since its
  // opening": so is the launch month of a since-launch phrase the sentence before gave, figures or none, whatever day it ran to.
  const pointedBack = previous && previous.start !== '' && (previous.end === end || previous.running === true) && previous.start.slice(0, 4) < end.slice(0, 4) && SINCE_THE_LAUNCH.test(phrase) ? previous.start : '';
  const namesLaunch = since.rule === 'since an opening' || since.rule === 'since it opened' || since.rule === 'in its first weeks';
  // (a249) "The pilot zone, which opened on April 21 last year ..., has seen imports and exports of 98.6 billion yuan since its
  // launch": a launch its own sentence states before the phrase is the one the phrase names.
  const ownLaunch = namesLaunch && !/\d/.test(phrase) ? launchStated(s.slice(0, since.start), anchor) : '';
  const launched = launchMonth(phrase, anchor) || (ownLaunch && ownLaunch <= end ? ownLaunch : '') || pointedBack || (namesLaunch && launchBefore && launchBefore <= end ? launchBefore : '');
  const mention: PeriodMention = { start: since.start, end: since.end, kind: 'period', periodStart: launched, periodEnd: launchYearEnd(s, since, launched, end) ?? end, running: true, fromMonth: since.rule === BARE_MONTH_SINCE && !/\d/.test(phrase) };
  const kept = out.filter((p) => p !== cutoff && p !== asOfEnd && !inside(p) && !(p.kind === 'period' && !p.yearToDate && since.rule === 'so far, without a year'));
  if (since.rule === 'so far, without a year' && kept.some((p) => p.kind === 'period')) return out;
  return [...kept, mention].sort((a, b) => a.start - b.start);
}

// "which opened in November 2021, had carried 142,000 tons by the end of the year", "launched in May 2019 and moved 8,000
// containers by year-end", "by the close of that year": with no year of its own, the year-end closing a running total
// from a dated launch is the end of the launch year (not the later month the release is out in).
const END_OF_THE_YEAR = /^[^.;]{0,120}?\b(?:by|at|to|until|till|through)\s+(?:the\s+)?(?:end|close)\s+of\s+(?:the|that)\s+year\b|^[^.;]{0,120}?\bby\s+(?:the\s+)?year[- ]end\b/i;

// ("has moved 33,000 so far and aims for 40,000 by the end of the year": a goal for the year in force, not the launch year.)
const AIMED_AT = /\b(?:aims?|aiming|targets?|expect(?:s|ed)?|plans?|will|would|should|goal|hopes?|forecast|set\s+to|so\s+far|to\s+date)\b/i;

// "By the end of the year the service had run 33,900 trains since it opened in 2013", "At the close of last year, ... since
// its launch", "the line had, by year-end, carried ... since": a year-end before the running total's launch phrase is the
// reporting year's: the year before the release's when it says "last year", or when the release is out in January or
// February (later in a year "by the end of the year" looks ahead, and the publication month stays the end).
// A named year's end too: "By the close of 2023", "at end-2023", "as of the end of 2023" (that year's December, not later than
// the release's year).
const YEAR_END_BEFORE = /\b(?:by|at|to|until|till|through|as\s+of)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the|last)\s+year|year[- ]end|(?:(?:end|close)\s+of\s+|end-)((?:19|20)\d{2}))\b/i;
// A named year told ending as the clause's time: "As 2023 drew to an end", "when 2022 came to a close", "with 2024 drawing to a
// close", "by the time 2021 ended": that year's December too.
const YEAR_ENDING_BEFORE = /\b(?:as|when|with|by\s+the\s+time)\s+(?:the\s+year\s+)?((?:19|20)\d{2})\s+(?:(?:was\s+|had\s+)?(?:drew|drawn|drawing|came|come|coming)\s+to\s+(?:an\s+end|a\s+close)|ended|closed|finished)\b/i;

/** The December that a year-end named before the launch phrase closes (see above); null when none is, or it looks ahead. */
function yearEndBefore(s: string, since: SincePhrase, anchor: Anchor | null): string | null {
  const m = anchor && /\bend|\bclos|\bfinished\b/i.test(s) ? YEAR_END_BEFORE.exec(s.slice(0, since.start)) ?? YEAR_ENDING_BEFORE.exec(s.slice(0, since.start)) : null;
  if (!m || !anchor || AIMED_AT.test(s.slice(0, since.start))) return null;
  if (m[1]) return Number(m[1]) <= anchor.year ? `${m[1]}-12` : null;
  return /\blast\s+year\b/i.test(m[0]) || anchor.month <= 2 ? `${anchor.year - 1}-12` : null;
}

/** The December of the launch year, when a running total from a launch before the year of `end` runs "to the end of the year"; null otherwise. */
function launchYearEnd(s: string, since: SincePhrase, launched: string, end: string): string | null {
  if (!launched || launched.slice(0, 4) >= end.slice(0, 4) || !/\bend\b|\bclose\b/i.test(s)) return null;
  const m = END_OF_THE_YEAR.exec(s.slice(since.end));
  return m && !AIMED_AT.test(m[0]) ? `${launched.slice(0, 4)}-12` : null;
}

/**
 * "... since the line opened in December 2021. As of Nov. 20, goods carried had reached 16.3 million
 * tonnes": an "as of" day ending where the running total before it ends goes on with that total (null: none does).
 */
function continuedRunningTotal(out: PeriodMention[], s: string, previous: ReportedPeriod, asOf: (p: PeriodMention) => boolean): PeriodMention[] | null {
  const runningBefore = previous !== null && previous.end !== '' && (previous.start === '' || previous.start.slice(0, 4) < previous.end.slice(0, 4));
  if (!runningBefore || YOY_CUE.test(s)) return null;
  const continued = out.find((p) => asOf(p) && p.periodEnd === previous.end && p.periodStart !== previous.start);
  return continued ? out.map((p) => (p === continued ? { ...p, periodStart: previous.start, yearToDate: false, running: true } : p)) : null;
}

/**
 * "As of Sept 30, goods worth 86.5 billion yuan had been carried across the border": what had piled up by a day,
 * with no words of this year, is a stock (no period start), as is a stock or total stated "as of" a day.
 */
function asStocks(out: PeriodMention[], s: string, asOf: (p: PeriodMention) => boolean, launchBefore = ''): PeriodMention[] {
  if (out.some(asOf) && !YOY_CUE.test(s) && !sameCutoffYearBefore(out, asOf) && (STOCK_CUE.test(s) || (PILED_UP.test(s) && !THIS_YEAR_WORDS.test(s)))) {
    // "The service started in November 2014. ... By the end of 2021 it had run more than 5,000 trips": runs piled up by a day
    // after a launch the release dated before are a running total from that launch (goods "had been carried" stay a stock).
    const fromLaunch = launchBefore !== '' && RUNS_PILED_UP.test(s) && !THIS_YEAR_WORDS.test(s);
    return out.map((p) => (!asOf(p) ? p : fromLaunch && launchBefore <= p.periodEnd ? { ...p, periodStart: launchBefore, yearToDate: false, running: true } : { ...p, periodStart: '', yearToDate: false }));
  }
  return out;
}

/**
 * "As of October 2026, exports stood at X, higher than the amount registered at October 2025": a figure
 * set against the same month a year before is this year's flow to that month, not a stock.
 */
function sameCutoffYearBefore(out: PeriodMention[], asOf: (p: PeriodMention) => boolean): boolean {
  const yearBefore = (end: string) => `${Number(end.slice(0, 4)) - 1}${end.slice(4)}`;
  return out.some((p) => asOf(p) && p.periodEnd && out.some((q) => q !== p && q.periodEnd === yearBefore(p.periodEnd)));
}

// "figures for June", "data for May", "June data", "the May statistics": the month a release's data are for.
const DATA_LABEL_BEFORE = /\b(?:data|figures|statistics|numbers)\s+(?:for|on|covering)\s+$/i;
const DATA_LABEL_AFTER = /^\s+(?:(?:trade|customs|foreign trade)\s+)?(?:data|figures|statistics)\b/i;

/** Whether a month mention names the month a release's data are for, not the period of a figure. */
function isDataLabel(s: string, p: PeriodMention): boolean {
  return DATA_LABEL_BEFORE.test(s.slice(Math.max(0, p.start - 30), p.start)) || DATA_LABEL_AFTER.test(s.slice(p.end, p.end + 30));
}

// "the most since the port opened in 1899", "the first time since its launch": a record, not a running total.
// ("the fifth consecutive rise since the line opened in May", "its first drop since the duties took effect": a streak, or the
// first change of its kind, since an event is no total since it either.)
const RECORD_BEFORE = /\b(?:most|highest|lowest|largest|biggest|smallest|best|worst|strongest|weakest|fastest|slowest|first\s+time|record|consecutive|straight|successive|in\s+a\s+row|first\s+(?:monthly\s+|annual\s+|quarterly\s+)?(?:rise|fall|drop|decline|increase|decrease|gain|contraction|expansion))\b[^,.;]{0,30}$/i;
// So is a superlative of activity before a bare "so far": "June was the busiest month so far", "the heaviest week so far",
// "the quietest quarter of the year so far". (Before "since", "one of the busiest gateways since the railway opened" is a
// stock of its own: those words stay out of RECORD_BEFORE.)
const BUSIEST_BEFORE = /\b(?:busiest|heaviest|greatest|quietest|slackest|briskest)\b[^,.;]{0,30}$/i;
/** Whether the 40 characters before a since-phrase or "so far" at `at` make it a record (`soFar`: a bare "so far"). */
const recordBefore = (s: string, at: number, soFar: boolean): boolean => {
  const before = s.slice(Math.max(0, at - 40), at);
  return RECORD_BEFORE.test(before) || (soFar && BUSIEST_BEFORE.test(before));
};
// A change in percent ("down 32.5 percent", "4.7 percent less", "a rise of 6%") compares the figure with a year before: with a
// bare "so far" beside it, the figure is the year so far, not a total since a launch.
// A change in percent in any tense ("have risen 8.1 percent", "has so far grown 9.7 percent", "edged up 0.4%").
const CHANGE_IN_PERCENT = /\b(?:up|down|rose|risen|rises|fell|fallen|falls|grew|grown|grows|gained|gains|increased|decreased|declined|dropped|jumped|slipped|climbed|expanded|contracted|shrank|shrunk|surged|slid|edged\s+(?:up|down)|(?:rise|fall|drop|increase|decrease|decline|growth|gain)\s+of)\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+|almost\s+)?\d[\d.]*\s*(?:%|percent|per\s+cent|pct)|\d[\d.]*\s*(?:%|percent|per\s+cent|pct)\s+(?:higher|lower|more|less|up|down)\b/i;

/** The first since-launch phrase of a sentence, with the rule that read it. */
function sinceLaunch(s: string): { start: number; end: number; rule: string } | null {
  for (const rule of SINCE_LAUNCH) {
    rule.pattern.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = rule.pattern.exec(s)) !== null; ) {
      const soFar = rule.name === 'so far, without a year';
      if (recordBefore(s, m.index, soFar)) continue;
      // (A bare "so far" or a bare month since which a sentence with a change counts is the year so far or a span with its own base.)
      if ((soFar || rule.name === BARE_MONTH_SINCE) && (YOY_CUE.test(s) || CHANGE_IN_PERCENT.test(s))) continue;
      return { start: m.index, end: m.index + m[0].length, rule: rule.name };
    }
  }
  return null;
}

// "Since July, exports have reached 23.6 billion yuan", "Since March, the corridor has carried 36,000 TEUs": a running total since a
// month of the release's own year ends where "so far this year" ends (the lead's ruling on b278-14 and b269-14, a180).
const SINCE_MONTH_OF_YEAR = new RegExp(SINCE_LAUNCH.find((rule) => rule.name === BARE_MONTH_SINCE)!.pattern.source, 'i');
const runsSinceMonthOf = (r: ObservationDraft, month: string): boolean =>
  r.period_start.startsWith(month.slice(0, 5)) && r.period_start < month && /\bsince\b/i.test(r.source_quote ?? '') && SINCE_MONTH_OF_YEAR.test(r.source_quote ?? '');

// "so far this year", "so far in 2024", "this year so far": the year to date up to the story's day.
const SO_FAR_THIS_YEAR = /\bso\s+far\s+(?:this\s+year|in\s+(?:19|20)\d\d)\b|\bthis\s+year\s+so\s+far\b/i;

/**
 * "URUMQI, Dec. 12 -- Freight through the port has exceeded 40 million tonnes so far this year" and then "By the end of November,
 * ...", "from January to November": a release on the months before the one it came out in reports the year so far up to its own
 * reporting month (README, the twenty-seventh session's ruling), even where "so far this year" comes before that month is named.
 * The rows of such a phrase that end in the publication month move to the month before when the release's other rows of the
 * year so far end there (in two sentences at least) and none ends in the publication month. A running total since a month of
 * the same year ("Since July, ... have reached") ends in the same month as the year so far (a180).
 */
export function soFarToReportingMonth(rows: ObservationDraft[], published: string): ObservationDraft[] {
  const month = published.slice(0, 7);
  const year = month.slice(0, 4);
  if (month.length !== 7 || month.endsWith('-01')) return rows;
  const before = `${year}-${String(Number(month.slice(5)) - 1).padStart(2, '0')}`;
  const soFar = (r: ObservationDraft) => r.period_end === month && ((r.period_start === `${year}-01` && SO_FAR_THIS_YEAR.test(r.source_quote ?? '')) || runsSinceMonthOf(r, month));
  if (!rows.some(soFar)) return rows;
  const others = rows.filter((r) => !soFar(r));
  // (Two figures of the year to that month at least: one aside, "The port also saw 1,480 trains in the first ten months", does not
  // make the release a report on that month.)
  const reported = others.filter((r) => r.period_start === `${year}-01` && r.period_end === before);
  if (others.some((r) => r.period_end >= month) || new Set(reported.map((r) => r.source_quote)).size < 2) return rows;
  return rows.map((r) => (soFar(r) ? { ...r, period_end: before } : r));
}
