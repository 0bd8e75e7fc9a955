/**
 * English tone rules: plain data. Patterns are regular-expression sources matched
 * case-insensitively as whole words; a space means any white space, `'` either apostrophe.
 * Order matters only when two rules match at the same place: the first one listed wins.
 */
import type { ToneRuleSet } from '../types';

/**
 * The rest of a clause after a blaming verb: its object and whatever else the clause holds ("every
 * letter we sent"), up to punctuation or a word that starts the next clause. A rule whose
 * suggestion is a whole clause ends its span here, so applying it leaves nothing of the clause
 * dangling. At most 16 words (a long clause such as "you have ignored three statements … urgent care visit" ran past 12); the words are split by spaces only, so the check stays linear.
 */
const restOfClause =
  '(?: (?!(?:and|but|so|or|because|as|since|although|though|while|if|when|until|unless|yet|then|before|after)(?![\\p{L}\\p{N}_]))[^\\s.,;:!?()"“”]+){0,16}';

const threatReason =
  'Threatening legal or official action the customer may read as intimidation is unlawful unless it is lawful, intended and accurate.';

export const en: ToneRuleSet = {
  locale: 'en',
  detectionWords: [
    'the',
    'and',
    'you',
    'your',
    'we',
    'to',
    'of',
    'is',
    'are',
    'with',
    'for',
    'this',
    'that',
    'please',
    'thank',
    'thanks',
    'payment',
    'account',
    'balance',
    'pay',
    'hi',
    'hello',
    'dear',
    'can',
    'will',
    'would',
    'our',
    'have',
    'it',
    'on',
    'be',
    'if',
    'let',
    'know',
    'help',
  ],
  // Each filler word once, never as well spelt by others ("going" and "to", so no "going to"):
  // each such pair doubles the ways to read a clause, and the check tries them all.
  negation:
    "(?:\\bnot|\\bnever|\\bno|\\bnobody|n't|\\bnor)(?: (?:be|being|been|go|want to|wish to|plan to|planning to|intend to|intending to|need to|have to|ever|any|a|an|the|risk of|chance of|threat of|question of|intention of|plans to|to|take|taking|face|facing|get|getting|you|your|we|will|us|in|with|for|our|further|formal|immediate|that|this|one|is|are|there|going|and|or|result in|lead to))*",
  // "… has been released", "… was withdrawn last week", "… is now lifted": told as over.
  undone:
    '(?: \\p{L}+){0,6}? (?:has|have|had|was|were|is|are)(?: now| already| fully| officially| been)* (?:released|lifted|removed|cancell?ed|withdrawn|stopped|discharged|dropped|dismissed|reversed|satisfied|set aside|called off)\\b',
  undoneBefore:
    '\\b(?:stopped|cancell?ed|withdrawn|withdrew|dropped|called off|paused|lifted|released|removed|reversed)(?: (?:the|your|this|that|any|all|our|a|an|pending|planned))*(?: \\p{L}+)?',
  stillAhead:
    "\\bwill\\b|'ll\\b|\\bwould\\b|\\bif\\b|\\bunless\\b|\\buntil\\b|\\bonce\\b|\\bshall\\b|\\bgoing to\\b",
  // One line: `^` also matches after \r, so a header window that crossed it rescanned text.
  quoteHeader: '^[ \\t]*On\\b[^\\r\\n\\u2028\\u2029]{0,300}\\bwrote:[ \\t]*$',
  messages: {
    shouting:
      'Writing in capitals reads as shouting and puts pressure on the customer. Use normal case.',
    exclamations: 'Several exclamation marks read as pressure or anger. One full stop is enough.',
    companyPhrase: 'Your company asked agents not to use this phrase.',
  },
  rules: [
    // ---- threats of harm, arrest, prosecution, seizure, garnishment, lawsuits (block)
    {
      id: 'en.threat.harm',
      category: 'threat',
      pattern:
        "(?:you'll|you will|you are going to|you're going to) (?:regret|be sorry|pay for this)|watch your back|we know where you (?:live|work)|(?:hurt|harm|find) you|something (?:bad|unpleasant|nasty) (?:will|could|might|may) happen|make your life (?:hell|miserable|difficult|a misery)",
      reason: 'This reads as a threat of harm. Threatening harm is never acceptable.',
      ruleRef: 'FDCPA §806(1); CONC 7.9',
      negatable: true,
    },
    {
      id: 'en.threat.arrest',
      category: 'threat',
      pattern:
        '(?:be |get |getting |being )?arrest(?:ed|ing)?|(?:arrest )?warrant|(?:go|going|be sent|sent|end up) (?:to|in) (?:jail|prison)|jail(?: time)?|prison|locked up|behind bars',
      reason: 'Not paying a debt is not a crime: mentioning arrest or jail is an unlawful threat.',
      ruleRef: 'FDCPA §807(4); Reg F §1006.18(c); CONC 7.11',
      negatable: true,
    },
    {
      id: 'en.threat.prosecution',
      category: 'threat',
      pattern:
        'prosecut(?:e|ed|ion|ing)|criminal (?:charges?|proceedings|offen[cs]e|record|case|investigation)|press(?:ing)? charges|(?:call|calling|contact|involve|involving|report you to|notify) the (?:police|authorities|FBI|sheriff)|federal (?:crime|offen[cs]e)|(?:report|reporting|reported) (?:this|it|you|the debt|this debt|the matter|your account)(?: \\p{L}+){0,3} to the (?:authorities|police)|(?:this|that|it|not paying(?: \\p{L}+){0,2}) is (?:theft|fraud|stealing|a crime|criminal)|as (?:theft|fraud|a crime)',
      reason:
        'Threatening prosecution, police or a criminal record over a debt is unlawful and frightening.',
      ruleRef: 'FDCPA §807(4),(7); CONC 7.11',
      negatable: true,
    },
    {
      id: 'en.threat.lawsuit',
      category: 'threat',
      pattern:
        "(?:take|taking|start|starting|begin|commence|commencing|initiate|initiating|pursue|pursuing|file|filing|escalate to|proceed with|proceeding with) (?:formal |further )?legal (?:action|proceedings)|legal (?:action|proceedings)|law ?suit|sue you|suing you|(?:we|I)(?:'ll| will| are going to| shall| may| might)? sue|take you to court|see you in court|court (?:action|proceedings|order|summons|judg(?:e)?ment|date|hearing)|county court judg(?:e)?ment|CCJ|judg(?:e)?ment against you|small claims|(?:refer|referred|pass|passed|hand|handed|send|sent|forward|forwarded|turn|turned) (?:(?:your|the) (?:account|case|file|debt|matter)|this|it|you) (?:over )?to (?:our |a |the )?(?:lawyers?|attorneys?|solicitors?|legal (?:team|department))|(?:in front of|before|explain to|see) (?:a|the) (?:judge|magistrate)|(?:send|sent|take|taking|refer|escalate)(?: \\p{L}+){0,2} to court|end up in court",
      reason: threatReason,
      ruleRef: 'FDCPA §807(5); Reg F §1006.18(c)(1); CONC 7.11',
      negatable: true,
    },
    {
      id: 'en.threat.seizure',
      category: 'threat',
      pattern:
        'seiz(?:e|ed|ing|ure)|repossess(?:ed|ion|ing)?|take (?:back )?your (?:car|house|home|property|belongings|furniture|vehicle|possessions|assets)|bailiffs?|enforcement agents?|debt collectors? (?:at|to|on) your (?:door|home|house)|garnish(?:ed|ing|ment)?|(?:freeze|frozen|levy|empty|drain) your (?:bank )?accounts?|(?:lien|charging order) on your|foreclos(?:e|ed|ure|ing)|take (?:it|the money) (?:straight )?(?:from|out of) your (?:wages|salary|pay|benefits)',
      reason:
        'Threatening seizure, repossession or garnishment frightens customers and is unlawful unless it is lawful and actually intended.',
      ruleRef: 'FDCPA §807(4); Reg F §1006.18(c); CONC 7.11',
      negatable: true,
    },
    {
      id: 'en.threat.credit',
      category: 'threat',
      pattern:
        '(?:ruin|destroy|wreck|trash)(?:ed|ing)? your (?:credit|credit score|credit rating|credit file|life|reputation)|your credit (?:score |rating )?will be (?:ruined|destroyed|wrecked)|(?:lose|losing) your (?:job|home|house|kids|children)|deport(?:ed|ation)?|immigration',
      reason:
        'Exaggerated consequences (ruined credit, losing a job or home) are misleading threats.',
      ruleRef: 'FDCPA §807(5),(8); CONC 7.11',
      negatable: true,
    },
    {
      id: 'en.threat.veiled',
      category: 'threat',
      pattern:
        "(?:and|or|then) (?:you'll |you will |we'll |we will )?see what happens|or else|you(?:'ll| will) be hearing from (?:our|my|the) (?:lawyers?|attorneys?|solicitors?|legal (?:team|department))|(?:our|the) (?:lawyers?|attorneys?|solicitors?|legal (?:team|department)) (?:are|is|will be|have been|has been|are now|is now) (?:preparing|drawing up|filing|building|getting ready|starting|instructed)|(?:a |the )?(?:case|claim|lawsuit) against you|(?:make|making) (?:sure |certain )?(?:that )?you regret|you(?:'ll| will|'re going to| are going to) regret (?:this|it|ignoring|not paying)|(?:send|sending|sent) (?:someone|somebody|an agent|agents|a collector|collectors|people|a team|our team|an officer) (?:round |over |out )?to your (?:house|home|door|address|work|workplace|office)|(?:come|coming|turn up|turning up|show up|showing up|knock|knocking) (?:round |over )?(?:to |at |on )?your (?:house|home|door|doorstep)",
      reason:
        'This reads as a veiled threat: it hints at consequences, lawyers or a visit to intimidate the customer.',
      ruleRef: 'FDCPA §806, §807(5); CONC 7.9, 7.11',
      negatable: true,
    },
    // ---- posing as police, a court, a government body, an attorney, a credit bureau (block)
    {
      id: 'en.misrepresentation.identity',
      category: 'misrepresentation',
      pattern:
        "(?:this is|I am|I'm|we are|we're) (?:calling |writing )?(?:from |with |on behalf of )?(?:the )?(?:police|sheriff(?:'s)?(?: office| department)?|(?:county |district |federal |magistrates' |civil )?court(?:s)?|FBI|IRS|HMRC|government|department of justice|attorney general|(?:a |the )?credit (?:bureau|reference agency)|Experian|Equifax|TransUnion)|(?:this is|I am|I'm) (?:an? |your )?(?:attorney|lawyer|solicitor|police officer|officer|detective|bailiff|judge|sheriff|federal agent|court officer|marshal)|this is (?:officer|detective|sergeant|agent|sheriff) ",
      reason:
        'Posing as the police, a court, a government body, a credit bureau or a lawyer is false representation.',
      ruleRef: 'FDCPA §807(1),(3); Reg F §1006.18(b); CONC 7.11',
    },
    {
      id: 'en.misrepresentation.documents',
      category: 'misrepresentation',
      pattern:
        "(?:official |formal )?(?:court|legal) (?:notice|papers|documents?|summons)|(?:a |an )?(?:warrant|summons|case|claim|lawsuit|judg(?:e)?ment) (?:has|have) (?:already )?been (?:issued|filed|opened|lodged|started|granted|entered)|(?:we have|we've) (?:already )?(?:filed|started|opened|lodged|issued) (?:a |an )?(?:lawsuit|case|claim|proceedings|legal action)|(?:government|federal|state) (?:agency|debt|collection)|this is a (?:legal|final legal|court) (?:notice|demand)",
      reason:
        'Saying legal papers exist or action has started when it has not is misleading; if it is true, use the official wording your legal team approved.',
      ruleRef: 'FDCPA §807(2),(13); Reg F §1006.18(c); CONC 7.11',
      negatable: true,
    },
    // ---- third-party disclosure and public shaming (block)
    {
      id: 'en.third-party.tell',
      category: 'third-party',
      pattern:
        "(?:contact|contacting|call|calling|inform|informing|notify|notifying|email|emailing|reach out to|(?:we|I|us|me)(?:'ll|'d|'re going to| will| would| are going to| am going to| may| might| could| shall| have to| must)? (?:have to |need to |be forced to |then )?(?:tell|speak to|speak with|talk to|let|write to|explain to)) (?:your )?(?:employer|boss|manager|workplace|HR|family|relatives|wife|husband|partner|parents|mother|father|mum|mom|dad|neighbou?rs|friends|colleagues|co-?workers|references|children|kids)(?: (?:know|about))?|(?:your )?(?:employer|boss|family|neighbou?rs|friends|colleagues|co-?workers) (?:will|would|could|may|might|are going to) (?:be told|find out|hear|know|learn|be informed|be contacted|be notified|see)|everyone (?:will|is going to) (?:know|find out|see)|(?:your )?(?:employer|boss|family|neighbou?rs|friends|colleagues|co-?workers|wife|husband|partner|parents|landlord) (?:hears?|finds? out|knows?|learns?|is told|are told|gets? told)(?= about| that| you|[.!,])|(?:visit|visiting|question|questioning|ask|asking) (?:your )?(?:neighbou?rs|colleagues|co-?workers|employer|boss)",
      reason:
        "Telling or threatening to tell the customer's employer, family, friends or neighbours about the debt breaks their privacy.",
      ruleRef: 'FDCPA §805(b), §806(3); Reg F §1006.6(d); CONC 7.9',
      negatable: true,
    },
    {
      id: 'en.third-party.public',
      category: 'third-party',
      pattern:
        'publish(?:ing)? your (?:name|details)|post(?:ing)? (?:your name|about you|this|your details|your debt)(?: (?:on|online|publicly|on social media))?|name and shame|(?:list|register) of (?:debtors|non-?payers|bad payers)|(?:post|share|put|publish)(?:ed|ing)? (?:\\w+ ){0,3}(?:on|to) social media|(?:visit|come to|come round to|turn up at|show up at) (?:your )?(?:workplace|work|office|place of work)|in front of your (?:colleagues|family|neighbou?rs|friends|kids|children)|make sure (?:that )?(?:everyone|everybody|every \\p{L}+|all your \\p{L}+|people|the whole \\p{L}+)',
      reason: 'Publicly shaming a customer, or threatening to, is unlawful and humiliating.',
      ruleRef: 'FDCPA §806(3),(4); CONC 7.9',
      negatable: true,
    },
    // ---- harassment (block)
    {
      id: 'en.harassment.repeat',
      category: 'harassment',
      pattern:
        "(?:keep|continue|'ll keep|will keep|going to keep|won't stop|will not stop|not going to stop|never stop) (?:calling|texting|emailing|messaging|contacting|chasing|ringing|phoning|writing to|bothering|hounding)(?: you)?|(?:call|text|email|phone|ring|message|contact) you (?:every day|every hour|day and night|all day|around the clock|repeatedly|again and again|non-?stop|constantly|daily)|(?:hounding|badgering|bothering) you|until (?:you pay|you settle|this is paid|the debt is paid|we get (?:our|the|your) (?:money|payment))",
      reason:
        'Threatening repeated contact until the customer pays is harassment. Agree a time and channel that suits them instead.',
      ruleRef: 'FDCPA §806(5); Reg F §1006.14(b); CONC 7.9',
    },
    // ---- shaming and insults (block)
    {
      id: 'en.shaming.insult',
      category: 'shaming',
      pattern:
        "deadbeats?|irresponsible|pathetic|lazy|stupid|idiots?|idiotic|moron(?:s|ic)?|losers?|liars?|you lied|you(?:'re| are) lying|scammers?|thie(?:f|ves)|crooks?|cheats?|freeloaders?|scroungers?|sponging|spongers?|useless|incompetent|dishonest|shameful|shame on you|disgrace(?:ful)?|you should be ashamed|ashamed of yourself|(?:so|how|really|very) embarrassing|embarrassing for you|(?:please|just|you need to|time to) grow up|act like an adult|what kind of person|people like you|(?:you're|you are) (?:a |an )?(?:fraud|disgrace|joke|embarrassment|failure)|childish|immature|clueless|selfish|greedy|worthless|you people|disgusting|what a joke|scum|vermin|parasites?|leeches|(?:are|is|you're) (?:trash|garbage)",
      reason:
        'Insults and name-calling shame the customer. Describe the situation, not the person.',
      ruleRef: 'FDCPA §806(2); CONC 7.9',
    },
    // ---- profanity (block)
    {
      id: 'en.profanity',
      category: 'profanity',
      pattern:
        'f+u+c+k\\w*|f[*#@]+(?:k\\w*|ing|in)|s[*#@]+t\\w*|sh[*#@]+t\\w*|s[*#@]{3}\\w*|sh[i1]t\\w*|bull-?shit\\w*|damn(?:ed|it)?|goddamn\\w*|hell|bastards?|bitch\\w*|crap(?:py)?|arse(?:hole)?s?|ass(?:hole)?s?|piss(?:ed)?(?: off)?|wtf|bloody|screw you|bollocks|wanker|dickhead|prick',
      reason: 'Profanity is abusive and never belongs in a message to a customer.',
      ruleRef: 'FDCPA §806(2); CONC 7.9',
    },
    // ---- accusatory and blaming (review)
    {
      id: 'en.accusatory.not-paid',
      category: 'accusatory',
      pattern:
        "you (?:still )?(?:haven't|have not|didn't|did not|never) (?:paid|pay|made (?:a |any |your |the )?payments?|make (?:a |any |your |the )?payments?|settled|settle|cleared|clear)(?: (?:your|the|this) (?:bill|balance|invoice|account|debt|arrears|amount))?(?: yet)?[.!]*",
      reason: 'This blames the customer. Describe the balance and ask what is getting in the way.',
      suggestion:
        "I see there's an outstanding balance on your account. Can you tell me what challenges you're facing with making this payment?",
    },
    {
      id: 'en.accusatory.failed',
      category: 'accusatory',
      pattern: "you(?:'ve| have)? (?:failed|neglected|refused|chose not|chosen not|decided not) to",
      reason: 'This blames the customer. State what happened without judging why.',
      suggestion: "you weren't able to",
    },
    {
      // A noun or a habit ("your failure to pay has…", "you keep missing payments"): no phrase
      // fits in its place, so no suggestion.
      id: 'en.accusatory.failed.2',
      category: 'accusatory',
      pattern:
        'your (?:failure|refusal) to|you (?:keep|kept) (?:failing|forgetting|refusing|missing)',
      reason: 'This blames the customer. State what happened without judging why.',
    },
    {
      id: 'en.accusatory.ignored',
      category: 'accusatory',
      // The span runs to the end of the clause: the suggestion replaces the verb and its object.
      pattern: `you(?:'ve| have)? (?:ignored|been ignoring|keep ignoring|continue to ignore|chose to ignore|are ignoring|'re ignoring|disregarded)${restOfClause}`,
      reason:
        'This accuses the customer of ignoring you. There may be a reason they could not reply.',
      suggestion: "we haven't been able to reach you",
    },
    {
      id: 'en.accusatory.why',
      category: 'accusatory',
      // Followed by a verb's base form ("why didn't you pay?"), which the suggestion keeps.
      pattern: "why (?:didn't|did not|won't|will not|can't|don't|do not) you|why did you not",
      reason:
        'A "why didn\'t you" question puts the customer on the defensive. Ask an open question instead.',
      suggestion: 'Is anything making it hard to',
    },
    {
      // Followed by a participle or nothing to keep: the suggestion is a whole question, and
      // applying it replaces the rest of the sentence.
      id: 'en.accusatory.why.2',
      category: 'accusatory',
      pattern:
        "why (?:haven't|have not) you|why (?:have|did) you (?:not|never|ignore|ignored|miss|missed|stop|stopped)|what is your excuse|what's your excuse|(?:stop|no more) (?:making )?excuses|no excuse|(?:(?:we|I) )?(?:won't|will not|do not|don't|not) accept (?:any )?(?:more )?excuses",
      reason:
        'A "why didn\'t you" question puts the customer on the defensive. Ask an open question instead.',
      suggestion: 'Is anything making it hard to pay?',
    },
    {
      id: 'en.accusatory.responsibility',
      category: 'accusatory',
      pattern:
        "(?:it is|it's|this is) (?:your|entirely your|solely your) (?:responsibility|fault|problem)|your (?:own )?fault|you (?:broke|went back on) (?:your|the) (?:promise|agreement|word)|you were supposed to|you should(?: have|'ve) (?!received|got|gotten|been sent|seen|had)\\p{L}+|you promised|as you (?:well )?know|you clearly|you (?:obviously|never bother)|you(?:'ve| have)? (?:missed|skipped) (?:yet )?(?:another|multiple|several|every|repeated)|you(?:'ve| have)? been warned|you have no (?:right|choice)|you owe us|despite (?:our |my )?(?:numerous|repeated|multiple|many|several) (?:attempts|reminders|requests|letters|calls|emails|warnings)|we have (?:tried|attempted) (?:repeatedly|numerous times|multiple times|many times)",
      reason: 'This puts blame on the customer. Keep to the facts and what you can do together.',
    },
    {
      id: 'en.accusatory.judging',
      category: 'accusatory',
      pattern:
        "unacceptable|(?:continued|repeated|ongoing|persistent|constant) (?:non-?payment|failure|refusal|silence|lack of (?:payment|response|contact))|(?:I |we )?(?:don't|do not|can't|cannot) understand why (?:you|this (?:is|has|hasn't|remains) (?:still )?(?:unpaid|outstanding|not been paid))|(?:more than|very|extremely|incredibly|remarkably) patient with you|(?:our|my) patience (?:is|has) (?:running|run|wearing|worn) (?:out|thin)|(?:you've|you have) had (?:plenty of|more than enough|enough|ample|months of|weeks of) time|(?:stop|quit|keep|continue) ignoring|(?:haven't|has not|hasn't|didn't|did not|never) (?:even )?bothered|(?:enough|plenty of|too many|so many) chances|explain why (?:you|your)",
      reason: 'This judges the customer. Say what you need and how you can help instead.',
    },
    // ---- pressure: immediate or full payment demands, false urgency (review)
    {
      id: 'en.pressure.immediate',
      category: 'pressure',
      pattern:
        '(?:(?<=^|[.!?:;\\n]\\s*)(?:please )?|(?:must|need to|needs to|have to|has to|required to|expected to|expect you to|want you to|demand that you|insist that you|asking you to|ask you to|you to) )(?:pay|settle|clear)(?: (?:it|this|that|the|your|in|of))?(?: (?:full|entire|whole|outstanding|overdue))?(?: (?:balance|amount|debt|sum|bill|account|invoice))?(?: in full)? (?:right now|right away|immediately|at once|today|now|tonight|by (?:today|tonight|tomorrow|end of (?:the )?day|close of business|5 ?pm))|(?:payment|settlement|the (?:full )?(?:balance|amount)) (?:is )?(?:required|expected|needed|demanded) (?:immediately|now|today|at once)|(?:paid|settled|cleared) (?:in full )?(?:immediately|at once|right now|today)|immediate(?:ly)? (?:payment|settlement|full payment)|(?:payment|settlement) in full (?:is )?(?:required|due|expected|demanded)|(?:must|need to|have to|has to|needs to|is required to) (?:be )?(?:pay|paid|settled|cleared) in full|(?:demand|demanding|insist on|require) (?:immediate |full |the full |payment|full payment)|we demand|you must pay|must be (?:paid|settled|cleared)(?: (?:in full|immediately|today|now|within))?|within (?:24|48|72|twenty-four|forty-eight|seventy-two) hours|(?:in|within) (?:the next )?(?:24|48) hrs|at the latest|(?:we )?expect (?:full |immediate )?payment|(?:placed|put|sent|passed|referred|moved|transferred) (?:in|into|to) collections|(?:needs?|must|has to|have to|requires?)(?: \\p{L}+){1,3} (?:immediately|at once|right away|without delay)|no later|without delay|(?:we )?need (?:the|your) (?:money|payment) (?:by|today|now|immediately|within|before)|you have (?:24|48|72|\\d+) hours',
      reason:
        'Demanding immediate or full payment pressures the customer. Offer a realistic date or a plan.',
      ruleRef: 'CONC 7.3.10',
      negatable: true,
    },
    {
      id: 'en.pressure.urgency',
      category: 'pressure',
      pattern:
        "last chance|final (?:chance|warning|notice|demand|reminder)|this is your last|act now|urgent(?:ly)? (?:action|payment|attention|response|reply)|(?:requires?|needs?) (?:your )?urgent|urgent(?=:)|this is urgent|urgently|time is running out|before it's too late|or else|no more (?:extensions|chances|excuses|exceptions)|non-?negotiable|(?:don't|do not) make us|failure to (?:pay|comply|respond)(?: \\w+){0,4} will result in|we will have no (?:other )?choice|we have no (?:other )?choice|left us no choice|you leave us no choice|tomorrow at the latest",
      reason: 'False urgency and ultimatums pressure the customer instead of helping them pay.',
      ruleRef: 'CONC 7.3.10',
      negatable: true,
    },
    {
      id: 'en.pressure.borrow',
      category: 'pressure',
      pattern:
        'borrow (?:the )?money|borrow from (?:friends|family|someone)|take out (?:a |another )?(?:loan|payday loan|credit card)|(?:use|put it on) (?:a |your )?credit card|sell your (?:car|house|home|belongings|things|stuff|possessions|jewellery|jewelry)|remortgage',
      reason:
        'Pressing a customer to borrow, use credit or sell belongings to pay is unfair pressure.',
      ruleRef: 'CONC 7.3.10(4)',
      negatable: true,
    },
    // ---- jargon (review)
    {
      id: 'en.jargon.pursuant',
      category: 'jargon',
      pattern: 'pursuant to',
      reason: 'Legal wording is hard to follow. Use plain words.',
      suggestion: 'under',
    },
    {
      id: 'en.jargon.arrears',
      category: 'jargon',
      pattern: 'in arrears',
      reason: '"Arrears" is industry jargon. Say what it means.',
      suggestion: 'behind on payments',
    },
    {
      // The noun ("arrears of £612", "the arrears are not cleared"): a noun in its place.
      id: 'en.jargon.arrears.2',
      category: 'jargon',
      pattern: 'arrears',
      reason: '"Arrears" is industry jargon. Say what it means.',
      suggestion: 'overdue payments',
    },
    {
      id: 'en.jargon.delinquent',
      category: 'jargon',
      pattern: 'delinquent',
      reason: '"Delinquent" sounds like a judgement of the person. Say the payment is overdue.',
      suggestion: 'overdue',
    },
    {
      id: 'en.jargon.delinquent.2',
      category: 'jargon',
      pattern: 'delinquenc(?:y|ies)',
      reason: '"Delinquent" sounds like a judgement of the person. Say the payment is overdue.',
      suggestion: 'overdue payments',
    },
    {
      id: 'en.jargon.charge-off',
      category: 'jargon',
      pattern: 'charged-? ?off',
      reason: '"Charge-off" is accounting jargon the customer may not know.',
      suggestion: 'written off',
    },
    {
      // The noun ("a charge-off on your file").
      id: 'en.jargon.charge-off.2',
      category: 'jargon',
      pattern: 'charge-? ?off',
      reason: '"Charge-off" is accounting jargon the customer may not know.',
      suggestion: 'write-off',
    },
    {
      id: 'en.jargon.charge-off.3',
      category: 'jargon',
      pattern: 'charge-? ?offs',
      reason: '"Charge-off" is accounting jargon the customer may not know.',
      suggestion: 'write-offs',
    },
    {
      id: 'en.jargon.remediation',
      category: 'jargon',
      // No suggestion: no one phrase fits both "a remediation plan" and "we will remediate".
      pattern: 'remediation|remediate',
      reason: '"Remediation" is industry jargon. Say what you will do.',
    },
    {
      id: 'en.jargon.acceleration',
      category: 'jargon',
      // The noun phrase with its article, so the suggestion takes the article's place too.
      pattern: '(?:the )?acceleration of (?:the |your )?(?:loan|balance|debt|account|agreement)',
      reason: '"Acceleration" is lending jargon. Say the full balance would become due.',
      suggestion: 'the full balance becoming due',
    },
    {
      // Verbs and compounds ("the loan was accelerated", "the accelerated balance"): no suggestion.
      id: 'en.jargon.acceleration.2',
      category: 'jargon',
      pattern:
        '(?:acceleration|accelerate[ds]?) (?:the |your )?(?:loan|balance|debt|account|agreement)|acceleration clause|accelerated',
      reason: '"Acceleration" is lending jargon. Say the full balance would become due.',
    },
    {
      id: 'en.jargon.remit',
      category: 'jargon',
      pattern: '(?:kindly )?remit (?:a |the |your )?payment',
      reason: '"Remit" is old-fashioned jargon. Say "pay".',
      suggestion: 'make a payment',
    },
    {
      id: 'en.jargon.remit.2',
      category: 'jargon',
      pattern: 'kindly remit|remit',
      reason: '"Remit" is old-fashioned jargon. Say "pay".',
      suggestion: 'pay',
    },
    {
      id: 'en.jargon.remit.3',
      category: 'jargon',
      pattern: 'remittance',
      reason: '"Remit" is old-fashioned jargon. Say "pay".',
      suggestion: 'payment',
    },
    {
      id: 'en.jargon.legalese',
      category: 'jargon',
      pattern:
        'hereby|herein|hereinafter|heretofore|aforementioned|aforesaid|forthwith|notwithstanding|debtor|obligor|indebtedness|in default|defaulted|cure (?:the|your) default|per our records|collection activity|subject to collection',
      reason: 'Legal or industry wording is hard to follow. Use everyday words.',
    },
    // ---- positive signals (info)
    {
      id: 'en.positive.empathy',
      category: 'positive',
      pattern:
        "I (?:completely |totally |really |fully )?understand|I'm (?:so |really |very )?sorry (?:to hear|for|that|about)|I am (?:so |really |very )?sorry (?:to hear|for|that|about)|I (?:really |truly )?appreciate|(?:thank you|thanks) (?:so much )?for (?:getting back|letting|your|reaching|being|telling|explaining|the update|sharing)|that sounds (?:really |very )?(?:hard|difficult|tough|stressful)|I hope you(?:'re| are)",
      reason: 'Empathy: acknowledging the customer’s situation builds trust.',
    },
    {
      id: 'en.positive.question',
      category: 'positive',
      pattern:
        '(?:can|could|would) you (?:tell|let) me|what would (?:work|suit|help)|what (?:amount|date|day|time) (?:would|works|suits)|how (?:can|could|may) (?:we|I) help|is there anything|let me know (?:what|how|if|when|which)|what (?:works|suits) (?:best|you)',
      reason: 'An open question invites the customer to explain what is possible for them.',
    },
    {
      id: 'en.positive.options',
      category: 'positive',
      pattern:
        'payment (?:plan|arrangement)s?|(?:several|a few|some|different|a couple of|other) options|we (?:can|could) (?:offer|arrange|set up|spread|pause|adjust|change|move|look at|freeze|reduce|split)|spread (?:the )?(?:cost|payments?|balance)|(?:pause|freeze|hold) (?:your |the )?(?:payments|reminders|interest|charges)|smaller (?:payments|amounts|instalments|installments)|breathing space|no (?:rush|pressure)|take your time|(?:happy|here) to help',
      reason: 'Offering options and flexibility makes paying possible.',
    },
    {
      id: 'en.positive.advice',
      category: 'positive',
      pattern:
        'free (?:and )?(?:confidential |independent |impartial )?(?:debt )?(?:advice|help|counsel(?:l)?ing)|StepChange|National Debtline|Citizens Advice|MoneyHelper|Money Advice|nonprofit credit counsel(?:l)?ing|non-profit credit counsel(?:l)?ing|NFCC|debt advice',
      reason: 'Signposting free, independent debt advice helps customers in difficulty.',
      ruleRef: 'CONC 7.3.4',
    },
  ],
};
