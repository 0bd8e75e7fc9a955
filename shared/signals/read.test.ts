/**
 * What an agent sees from a customer's words (issue 20): the issue's own examples in English and
 * Spanish, the hard negatives a keyword reader gets wrong, and what each kind carries.
 */
import { describe, expect, it } from '@jest/globals';
import { en as catalog } from '../i18n/messages/en';
import { readCustomerMessage, signalKinds, type Signal, type SignalKind } from '.';

const today = { today: '2026-11-27', timeZone: 'Europe/London', currency: 'GBP' } as const;

const kindsIn = (text: string, locale = 'auto'): SignalKind[] => [
  ...new Set(readCustomerMessage(text, { ...today, locale }).signals.map((signal) => signal.kind)),
];
const signalOf = (text: string, kind: SignalKind, locale = 'auto'): Signal | undefined =>
  readCustomerMessage(text, { ...today, locale }).signals.find((signal) => signal.kind === kind);

/** One test per text: the kinds an agent sees from it, in order. */
const itReadsAs = (cases: [string, SignalKind[]][], title = '%j reads as %j') =>
  it.each(cases)(title, (text, kinds) => {
    expect(kindsIn(text)).toEqual(kinds);
  });

describe('the issue’s examples', () => {
  itReadsAs([
    ['Please stop calling me at work', ['channel-opt-out']],
    ["I don't owe this, it was my ex's card", ['dispute']],
    ['Stop contacting me', ['cease']],
    ["I've just been diagnosed with cancer", ['vulnerability']],
    ['since my husband died', ['vulnerability']],
    ["I can't cope", ['vulnerability']],
    ["I'm in a breathing space", ['breathing-space']],
    ["I've filed for bankruptcy", ['bankruptcy']],
    ['I have a debt adviser', ['debt-adviser']],
    ['I already paid', ['payment-claimed']],
    ['I can pay £50 on Friday', ['promise']],
    ["I'm writing on behalf of my mother", ['third-party']],
    ['This is ridiculous, you people are useless', ['anger']],
    ["I'm so scared, I don't know what to do", ['distress']],
    ["I can't afford the payments", ['hardship']],
    ['I work nights, so mornings are a bad time to call', ['inconvenient-time']],
  ]);

  itReadsAs(
    [
      ['Dejen de llamarme al trabajo, por favor.', ['channel-opt-out']],
      ['No debo nada, esa deuda es de mi ex.', ['dispute']],
      ['Déjenme en paz de una vez.', ['cease']],
      ['Estoy en concurso de acreedores.', ['bankruptcy']],
      ['Ya pagué la semana pasada.', ['payment-claimed']],
      ['Estoy desesperada, no sé qué hacer.', ['distress']],
    ],
    'Spanish %j reads as %j',
  );
});

describe('as customers type', () => {
  itReadsAs([
    ['dont call me at work', ['channel-opt-out']],
    ['i didnt take out this loan', ['dispute']],
    ['im not disputing it i just cant pay yet', ['hardship']],
    ['pls stop txting me', ['channel-opt-out']],
    ['no me marquen mas porfa', ['channel-opt-out']],
  ]);

  it('reads "i dont want to go bankrupt" as no bankruptcy', () => {
    expect(kindsIn('i dont want to go bankrupt')).toEqual([]);
  });
});

describe('hard negatives: the words are there, the signal is not', () => {
  it.each([
    "I'm not disputing it, I just can't pay yet",
    "I don't want to go bankrupt, can we set up a plan?",
    "Please don't hesitate to contact me if you need anything",
    'I can’t pay online, the website keeps giving me an error',
    "I'm not angry, just confused about the letter",
    'No estoy enfadado, solo confundido con la carta.',
    'La quiebra no es una opción para mí.',
  ])('%j', (text) => {
    const kinds = kindsIn(text);
    expect(kinds).not.toContain('dispute');
    expect(kinds).not.toContain('bankruptcy');
    expect(kinds).not.toContain('cease');
    expect(kinds).not.toContain('anger');
    expect(kinds.filter((kind) => kind !== 'hardship')).toEqual([]);
  });

  it('reads a dispute told by a charge questioned or kept after the thing went back (round 15)', () => {
    for (const [text, locale] of [
      ['Why am I being charged for a modem I never used?', 'en'],
      ['I sent back the headphones in May and you are still billing me for them.', 'en'],
      ['I returned the sofa a month ago. So why is there still a bill for it?', 'en'],
      ['You charged me for insurance I never asked for.', 'en'],
      ['Please take the fee off, the payment went in on time.', 'en'],
      ['¿Por qué me cobráis la instalación si nunca me instalaron nada?', 'es'],
      ['Devolví el teléfono en la tienda y me lo siguen cobrando.', 'es'],
      ['Me están cobrando intereses de más.', 'es'],
      ['Esos cargos yo no los hice, quítenme eso de la cuenta.', 'es'],
    ] as const) {
      expect(kindsIn(text, locale)).toContain('dispute');
    }
    // A payment claimed, and a death's bills questioned, are not disputes of the charge.
    expect(kindsIn('I paid on the 5th. Why are you still charging me?')).not.toContain('dispute');
    expect(
      kindsIn('Mi padre murió en marzo. ¿Por qué siguen llegando facturas?', 'es'),
    ).not.toContain('dispute');
  });

  it('reads "not disputing, just can’t pay" as hardship only', () => {
    expect(kindsIn("I'm not disputing it, I just can't pay yet")).toEqual(['hardship']);
  });

  it('reads short money told by what was cut, or by what is left, as hardship (round 16)', () => {
    expect(kindsIn('my hours got cut to 24 a week')).toEqual(['hardship']);
    expect(kindsIn('they cut my hours at the mill')).toContain('hardship');
    expect(kindsIn("I just can't swing the full payment this month")).toEqual(['hardship']);
    expect(kindsIn('Me bajaron el sueldo en el trabajo nuevo.', 'es')).toEqual(['hardship']);
    expect(kindsIn('No es que no quiera pagar, pero ahorita no tengo.', 'es')).toEqual([
      'hardship',
    ]);
    // the cut named as something else is not short money
    expect(kindsIn("I can't find the reference number")).toEqual([]);
  });

  it('reads paying told by its act as a promise only with an amount and a day (round 16)', () => {
    expect(signalOf('Payment of £275 will be made on 5 December.', 'promise')?.amount).toEqual({
      minor: 27500,
      currency: 'GBP',
    });
    expect(kindsIn('El día 12 les abono 75 €.', 'es')).toEqual(['promise']);
    // a payment already sent, or the act without an amount and a day, is no promise
    expect(kindsIn('I sent £200 by bank transfer on Monday the 4th.')).not.toContain('promise');
    expect(kindsIn('Where do I send the payment?')).toEqual([]);
  });

  it('reads anger told as disbelief or a lack of respect (round 16)', () => {
    expect(
      kindsIn(
        'You charged me a reconnection fee when I was never disconnected. Are you kidding me?',
      ),
    ).toContain('anger');
    expect(
      kindsIn('Es la tercera vez que me cuelgan. Qué falta de profesionalismo.', 'es'),
    ).toContain('anger');
    expect(kindsIn('Thank you for your help, I really appreciate it.')).toEqual([]);
  });

  it('does not read a bereavement the customer says is behind them', () => {
    expect(kindsIn("My mum passed away last year but I'm fine now to set up a plan.")).toEqual([]);
  });

  it('does not read the agent’s quoted words in a reply', () => {
    const reply = 'Thanks, that works for me.\n> Stop contacting us and we will close the case.';
    expect(kindsIn(reply)).toEqual([]);
  });
});

describe('what each kind carries', () => {
  it('names the channel and the place of an opt-out', () => {
    const signal = signalOf('Please stop calling me at work.', 'channel-opt-out');
    expect(signal).toMatchObject({
      channels: ['phone'],
      place: 'work',
      excerpt: 'Please stop calling me at work',
    });
  });

  it('reads an opt-out limited to a time as an inconvenient time, with its channel and time', () => {
    expect(kindsIn('Please stop texting me after 8pm.')).toEqual(['inconvenient-time']);
    expect(signalOf('Please stop texting me after 8pm.', 'inconvenient-time')).toMatchObject({
      channels: ['text'],
      time: 'after 8pm',
    });
    expect(
      signalOf('No me llamen al móvil después de las 9 de la noche.', 'inconvenient-time'),
    ).toMatchObject({
      channels: ['phone'],
      time: 'después de las 9 de la noche',
    });
  });

  it('reads every channel refused, one request after another, as a cease', () => {
    expect(kindsIn('Stop writing to me. Stop ringing me.')).toEqual(['cease']);
    expect(kindsIn('Please stop calling and texting me, email is fine.')).toEqual([
      'channel-opt-out',
    ]);
  });

  it('parses a promise’s amount in minor units and its day against today in the customer’s zone', () => {
    expect(signalOf('I can pay £50 on Friday.', 'promise')).toMatchObject({
      amount: { minor: 5000, currency: 'GBP' },
      date: '2026-12-04',
    });
    expect(signalOf('Pagaré 1.250,50 € el 15 de diciembre.', 'promise')).toMatchObject({
      amount: { minor: 125050, currency: 'EUR' },
      date: '2026-12-15',
    });
    expect(signalOf('Mañana les transfiero 25 euros.', 'promise')).toMatchObject({
      date: '2026-11-28',
    });
  });

  it('dates "tomorrow" by the customer’s calendar, not the server’s', () => {
    // 23:30 UTC on the 27th is already the 28th in Auckland.
    const now = Date.UTC(2026, 10, 27, 23, 30);
    const read = (timeZone: string) =>
      readCustomerMessage('I will pay £20 tomorrow.', { now, timeZone }).signals.find(
        (signal) => signal.kind === 'promise',
      )?.date;
    expect(read('Europe/London')).toBe('2026-11-28');
    expect(read('Pacific/Auckland')).toBe('2026-11-29');
  });

  it('keeps a promise without a date undated when no today is given (the core never reads the clock)', () => {
    const signal = readCustomerMessage('I can pay £50 on Friday.').signals[0];
    expect(signal).toMatchObject({ kind: 'promise', amount: { minor: 5000, currency: 'GBP' } });
    expect(signal?.date).toBeUndefined();
  });

  it('gives a vulnerability its sub-kind', () => {
    expect(signalOf('I lost my job in October.', 'vulnerability')?.subKind).toBe('job-loss');
    expect(signalOf('I care for my mum who has dementia.', 'vulnerability')).toBeDefined();
    expect(signalOf('Soy cuidadora a tiempo completo de mi hijo.', 'vulnerability')?.subKind).toBe(
      'carer',
    );
  });

  it('flags self-harm wording, even negated, with the procedure prompt as its action', () => {
    for (const text of [
      "Honestly I don't want to be here anymore.",
      "I'm not suicidal, but this is weighing on me.",
      'A veces pienso en quitarme la vida.',
    ]) {
      expect(signalOf(text, 'vulnerability')).toMatchObject({
        selfHarm: true,
        action: 'signals.action.self-harm',
      });
    }
  });

  it('tells a relative writing about a death (deceased) from a bereaved customer (vulnerability)', () => {
    expect(kindsIn('My father passed away in March. I am the executor of his estate.')).toEqual([
      'deceased',
    ]);
    expect(
      kindsIn('My mother died in May. I hold power of attorney and write on behalf of her estate.'),
    ).toEqual(['deceased', 'third-party']);
    expect(kindsIn("Since my husband died I can't manage the bills on my own.")).toEqual([
      'vulnerability',
    ]);
  });
});

describe('codes, never prose', () => {
  it('every kind’s action, label and rule are declared and in the catalog', () => {
    for (const kind of signalKinds) {
      expect(catalog).toHaveProperty([`signals.action.${kind}`]);
      expect(catalog).toHaveProperty([`signals.kind.${kind}`]);
    }
    expect(catalog).toHaveProperty(['signals.action.self-harm']);
  });

  it('quotes the customer’s words exactly where they are', () => {
    const text = 'Hello.\n\nI already paid this last week! And please stop emailing me.';
    for (const signal of readCustomerMessage(text, today).signals) {
      expect(text.slice(signal.start, signal.end)).toBe(signal.excerpt);
    }
  });
});

describe('words that look like a signal but are not the customer’s own (held-out batch errors)', () => {
  const has = (text: string, kind: SignalKind, locale = 'auto'): boolean =>
    kindsIn(text, locale).includes(kind);

  it('carries a negation along a list ("not in any IVA or bankruptcy", "ni en…")', () => {
    expect(has("Hi, I'm not in any IVA or bankruptcy, I'm just a bit behind.", 'bankruptcy')).toBe(
      false,
    );
    expect(
      has(
        'No estoy en concurso de acreedores ni en la ley de segunda oportunidad.',
        'bankruptcy',
        'es',
      ),
    ).toBe(false);
    expect(has('No les voy a pagar ni un peso más de lo que debo.', 'dispute', 'es')).toBe(true);
  });

  it('reads a bankruptcy that is over, turned down or the Insolvency Service’s as none', () => {
    expect(has('I went bankrupt in 2016, it was discharged ages ago.', 'bankruptcy')).toBe(false);
    expect(has('I got an IVA quote but I decided against it.', 'bankruptcy')).toBe(false);
    const breathingSpace =
      "I'm in Breathing Space as of yesterday. You should have had notice from the Insolvency Service.";
    expect(kindsIn(breathingSpace)).toContain('breathing-space');
    expect(kindsIn(breathingSpace)).not.toContain('bankruptcy');
    expect(has("I've filed for bankruptcy.", 'bankruptcy')).toBe(true);
  });

  it('leaves out what the customer quotes the agent saying, keeps what they quote of themselves', () => {
    const quoted =
      "Your colleague told me 'you'll end up bankrupt'. I'm not, I just want a payment plan.";
    expect(has(quoted, 'bankruptcy')).toBe(false);
    expect(
      has("Su compañera me dijo: 'usted está en concurso, ¿verdad?'. Pues no.", 'bankruptcy', 'es'),
    ).toBe(false);
    expect(has("As I said before: 'stop contacting me'.", 'cease')).toBe(true);
  });

  it('tells a cease from contact sent elsewhere or narrowed to a channel', () => {
    expect(has('Please stop contacting my father, he has dementia.', 'cease')).toBe(false);
    expect(has('All communication goes through my attorney from now on.', 'cease')).toBe(false);
    expect(kindsIn('Please do not contact me by phone again.')).toEqual(['channel-opt-out']);
    expect(has('Stop contacting me and my family.', 'cease')).toBe(true);
    // A stop that lists every way we write or ring asks for all contact to end (round 14, s28).
    expect(
      kindsIn('Dejad de contactarme de una vez, por teléfono, por carta y por email.', 'es'),
    ).toEqual(['cease']);
    expect(kindsIn('Do not contact me by phone, text, email or post ever again.')).toEqual([
      'cease',
    ]);
  });

  it('flags indirect self-harm wording (a missed hint is harm, a false prompt costs little)', () => {
    for (const [text, locale] of [
      ["Some nights I think everyone would be better off if I just wasn't here.", 'en'],
      ["I've been thinking about ending it.", 'en'],
      ['A veces pienso que lo mejor sería no despertarme.', 'es'],
      // round 11 (s24), missed before these cues
      ["I've been thinking of ways to make it all stop. Not just the loan.", 'en'],
      ["You won't have to chase me for much longer.", 'en'],
      ['Si me cortan el teléfono, no sé, prefiero desaparecer.', 'es'],
      // round 11 (s23)
      ['A veces pienso que si me pasara algo, al menos mi familia cobraría el seguro.', 'es'],
      // round 12 (s26)
      ['one more letter and i dont know what ill do to myself', 'en'],
      ['Si me siguen llamando no sé si voy a hacerme algo.', 'es'],
      // round 12 (s25)
      ['A veces pienso en tirarme abajo de un tren y que se termine todo.', 'es'],
      // round 14 (s29-s31), missed blind before these cues
      ["Honestly I'd rather be dead than get another letter.", 'en'],
      ["I don't think I can keep going like this.", 'en'],
      ['Last week I stood on the bridge for an hour.', 'en'],
      ['Mejor me muero y se acaba todo esto.', 'es'],
      // round 16 (s34), missed blind by the word rules before these cues
      ['tbh i took some pills last week because of all this. im ok now i think', 'en'],
      ['some days i dont see the point of being here anymore', 'en'],
    ] as const) {
      expect(signalOf(text, 'vulnerability', locale)).toMatchObject({ selfHarm: true });
    }
  });

  it('reads a relative’s death with their own account named as the customer’s death, not the writer’s loss', () => {
    expect(
      kindsIn('My uncle passed away last week and his mobile contract is still being billed.'),
    ).toEqual(['deceased']);
    expect(
      kindsIn('Mi abuela falleció en octubre y su línea sigue cobrando cada mes.', 'es'),
    ).toEqual(['deceased']);
    expect(has('My uncle passed away last week and I miss him terribly.', 'deceased')).toBe(false);
  });

  it('reads a medical word beside a bill as the bill, not an illness', () => {
    expect(has('The surgery bill is on the attached statement.', 'vulnerability')).toBe(false);
    expect(has('My insurer refused to cover the knee operation.', 'vulnerability')).toBe(false);
    expect(has("I'm in hospital after surgery, so I can't pay this month.", 'vulnerability')).toBe(
      true,
    );
  });

  it('dates a promise whose day passed lately in the past, so it can show as overdue', () => {
    const lateRead = { today: '2026-03-05', timeZone: 'Europe/London', currency: 'GBP' } as const;
    const promise = (text: string) =>
      readCustomerMessage(text, { ...lateRead, locale: 'en' }).signals.find(
        (signal) => signal.kind === 'promise',
      );
    expect(promise("I'll pay £50 on the 1st.")).toMatchObject({ date: '2026-03-01' });
    expect(promise("I'll pay £50 on the 1st of next month.")).toMatchObject({ date: '2026-04-01' });
  });

  it('reads a self-harm hint from two concepts in a row, in wording no cue list holds', () => {
    // No way forward in anything; doubt about going on living; dark thoughts; the means set aside.
    for (const [text, locale] of [
      ["Honestly I can't see any way out of any of it.", 'en'],
      ["I'm not sure I want to keep living with all this.", 'en'],
      ['I keep getting these scary thoughts at night.', 'en'],
      ["I've got the tablets saved up.", 'en'],
      ['Ya no le encuentro salida a nada, perdón.', 'es'],
      ['No sé si puedo seguir con vida con tanta deuda.', 'es'],
      ['Tengo unas ideas muy negras en la cabeza.', 'es'],
    ] as const) {
      expect(signalOf(text, 'vulnerability', locale)).toMatchObject({ selfHarm: true });
    }
  });

  it("reads the crisis lines' warning signs told in everyday words", () => {
    // A burden no longer, others better off, the insurance, things not needed, a place sought
    // out, goodbyes: the signs the crisis lines list, in wording no cue list holds whole.
    for (const [text, locale] of [
      ["I'm not going to be a burden to anyone for much longer.", 'en'],
      ['My husband would get more from my life insurance than from me.', 'en'],
      ["You can have the van back, I won't need it much longer.", 'en'],
      ['Last night I was standing on the bridge over the bypass for ages.', 'en'],
      ["I've written goodbye letters to my girls.", 'en'],
      ['Ya les escribí cartas de despedida a mis hijos.', 'es'],
      ['Siento que soy una carga y que no voy a durar mucho más.', 'es'],
      ['Estuve parado en el puente un buen rato.', 'es'],
      // weak words of two families in one message: a place beside thinking it over
      ['I keep thinking about the river on my walk home. Anyway, sorry.', 'en'],
      ['Me quiero morir. Ya no aguanto más con todo esto.', 'es'],
    ] as const) {
      expect(signalOf(text, 'vulnerability', locale)).toMatchObject({ selfHarm: true });
    }
  });

  it('leaves a joke, and a dying customer putting their affairs in order, without the prompt', () => {
    const selfHarmIn = (text: string, locale: 'en' | 'es') =>
      readCustomerMessage(text, { ...today, locale }).signals.some((s) => s.selfHarm === true);
    expect(selfHarmIn('Esta tarjeta me está matando jaja, ¿me mandan el saldo?', 'es')).toBe(false);
    expect(selfHarmIn('Me quiero morir de la vergüenza, rebotó el pago otra vez.', 'es')).toBe(
      false,
    );
    expect(selfHarmIn('Estos intereses me están matando. ¿Me pasan el saldo?', 'es')).toBe(false);
    expect(selfHarmIn('¡Me quiero morir! Pagué dos veces la cuota. ¿Me la devuelven?', 'es')).toBe(
      false,
    );
    expect(
      selfHarmIn("I'm terminally ill and want to put my affairs in order. What do I owe?", 'en'),
    ).toBe(false);
  });

  it('leaves everyday wording near those concepts unflagged', () => {
    const selfHarmIn = (text: string, locale: 'en' | 'es') =>
      readCustomerMessage(text, { ...today, locale }).signals.some((s) => s.selfHarm === true);
    expect(selfHarmIn("My wife left me and I've been in a dark place.", 'en')).toBe(false);
    expect(selfHarmIn('Estoy en diálisis, no puedo trabajar y vivo de una pensión.', 'es')).toBe(
      false,
    );
    expect(selfHarmIn("I don't see the point in calling again, just email me.", 'en')).toBe(false);
    expect(selfHarmIn('No puedo pagar, vivo con mi madre.', 'es')).toBe(false);
  });

  it('reads a health word by its whole word where its stem is also a contract or legal word', () => {
    expect(has('The cancellation termination charge is too high.', 'vulnerability')).toBe(false);
    expect(has('ill send the money when i get paid', 'vulnerability')).toBe(false);
    expect(has('My counsel will be in touch with you.', 'vulnerability')).toBe(false);
    expect(has('When does my contract end?', 'vulnerability')).toBe(false);
    expect(has('Cambié de operador el año pasado.', 'vulnerability', 'es')).toBe(false);
    expect(has('My sister is terminally ill and I look after her.', 'vulnerability')).toBe(true);
    expect(has('I have a long illness and cannot work.', 'vulnerability')).toBe(true);
    expect(has('Me operaron de la rodilla en mayo.', 'vulnerability', 'es')).toBe(true);
  });
});

// From round V's misses (s35–s37): every way refused is a cease; another way offered is not.
const has = (text: string, kind: SignalKind, locale = 'auto'): boolean =>
  kindsIn(text, locale).includes(kind);

describe('refusing every way of contact', () => {
  it('reads calls and writing both refused, or a list closed with "or anything", as a cease', () => {
    expect(has('Stop ringing me and stop writing to me.', 'cease')).toBe(true);
    expect(has('No me llamen más, no me escriban más, nada.', 'cease', 'es')).toBe(true);
    expect(
      has('No me vuelvan a contactar, ni por teléfono, ni por carta, ni por nada.', 'cease', 'es'),
    ).toBe(true);
  });

  it('keeps an opt-out when another way is offered', () => {
    expect(has('Please stop calling and emailing, send me a letter.', 'cease')).toBe(false);
    expect(has('Please stop calling and emailing, send me a letter.', 'channel-opt-out')).toBe(
      true,
    );
    expect(has("Don't call me again, email me.", 'cease')).toBe(false);
  });
});

describe('short money told by a benefit or by what is missing', () => {
  it('reads a pension, Youth Allowance and "can’t do it all" as hardship', () => {
    expect(has("I have nothing. I'm on the pension.", 'hardship')).toBe(true);
    expect(has("I'm on Youth Allowance, I can't pay $1,400.", 'hardship')).toBe(true);
    expect(has("The amount's right, I just can't do it all by Friday.", 'hardship')).toBe(true);
    expect(has('No estoy en quiebra, solo ando corto este mes.', 'hardship', 'es')).toBe(true);
  });

  it('leaves a carer’s allowance to vulnerability, as the writers label it', () => {
    expect(has("I'm a full-time carer and I get Carer's Allowance.", 'hardship')).toBe(false);
  });
});
