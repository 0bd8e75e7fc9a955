import { describe, expect, it } from '@jest/globals';
import { checkTone } from '../index';

const verdict = (text: string, locale: 'en' | 'es' = 'en') => checkTone(text, { locale }).verdict;
/** The rule ids behind a draft's findings. */
const ruleIds = (text: string, locale: 'en' | 'es' = 'en') =>
  checkTone(text, { locale }).findings.map((finding) => finding.ruleId);
/** The frames' own reading; the model may still weigh the sentence's words. */
const frameIds = (text: string, locale: 'en' | 'es' = 'en') =>
  ruleIds(text, locale).filter((id) => id.includes('.frame.'));

// The frames read intent over a sentence: a concept ("your boss") plus an action ("hear about")
// plus a mood (future, question, "it would be a shame"), with negation scoped to the clause.
describe('meaning frames', () => {
  it('blocks veiled disclosure to third parties, however it is worded', () => {
    expect(verdict('What would your boss think if we told them?')).toBe('block');
    expect(verdict('Your landlord will be informed.')).toBe('block');
    expect(verdict('¿Qué pensaría su jefe si se lo contamos?', 'es')).toBe('block');
  });

  it('keeps reassurances ok, negated in the same clause', () => {
    expect(verdict('We will never contact your employer or your family about this.')).toBe('ok');
    expect(verdict('Nunca contactaremos a su empleador.', 'es')).toBe('ok');
    expect(verdict('We have not instructed any bailiffs and no court action is planned.')).toBe(
      'ok',
    );
  });

  it('reads a warning about impostors as a warning, not as our claim to be the police', () => {
    expect(
      frameIds(
        'Some patients have reported calls from people claiming to be with the County Sheriff.',
      ),
    ).toEqual([]);
    expect(
      frameIds('Nos contaron que llaman supuestos estudios jurídicos o la policía.', 'es'),
    ).toEqual([]);
    expect(frameIds('This is Sergeant Miller from the County Sheriff about your debt.')).toContain(
      'en.frame.misrepresentation.self-id',
    );
  });

  it('reads a negation typed without its apostrophe', () => {
    expect(verdict('just to confirm we wont discuss ur account with your son')).toBe('ok');
    expect(verdict('we will discuss ur account with your son')).toBe('block');
  });

  it('reads an idiom as a whole: "por completo" is "entirely", not a full payment', () => {
    expect(
      verdict(
        'Puede tardar hasta dos horas en normalizarse por completo; si después de ese plazo sigue sin conexión, reinicie el módem.',
        'es',
      ),
    ).toBe('ok');
    expect(
      verdict('Son $1.200 completos antes del viernes o pasa a la siguiente etapa.', 'es'),
    ).not.toBe('ok');
  });

  it('knows a receptionist and a university as people we must not tell', () => {
    expect(
      ruleIds(
        "Since you won't answer, I've left a message with your receptionist explaining the bill.",
      ),
    ).toContain('en.frame.third-party.disclosure');
    expect(ruleIds('We will be informing the university that you owe rent.')).toContain(
      'en.frame.third-party.disclosure',
    );
    expect(verdict('You can pay at the front desk or over the phone.')).toBe('ok');
  });

  it('reads "don\'t make us" as menace and "not complying" as the customer\'s failure, not a reassurance', () => {
    expect(verdict('Tenemos el dato de su cuenta bancaria. No nos obligue a usarlo.', 'es')).toBe(
      'block',
    );
    expect(verdict("We have your bank details. Don't make us use them.")).toBe('block');
    expect(verdict("I went out on a limb for you. Don't make me look bad.")).not.toBe('block');
    expect(verdict('No cumplir un convenio es fraude y puede terminar en la cárcel.', 'es')).toBe(
      'block',
    );
  });

  it('keeps an insult that the word list and the insult frame both found', () => {
    expect(verdict('Vaya pedazo de inútil, ni para pagar 50 euros sirves.', 'es')).toBe('block');
  });

  it('reads a word after a title as a name, not an insult', () => {
    expect(verdict('Buenas, Sr. Gil. Le confirmo que hemos paralizado el cobro.', 'es')).toBe('ok');
    expect(verdict('Mire, gil, pague de una vez.', 'es')).toBe('block');
  });

  it('tells "you\'ll see the credit" from "you\'ll see what happens"', () => {
    expect(verdict("I've refunded the fee. You'll see the credit on your next statement.")).toBe(
      'ok',
    );
    expect(verdict("Ignore this again and you'll see what happens.")).toBe('block');
  });

  it('reads "call me" as the customer reaching us, whoever else the sentence names', () => {
    expect(verdict('If something changes with your job, call me before a payment is missed.')).toBe(
      'ok',
    );
    expect(verdict('If nothing changes, someone from our team will ring your manager.')).toBe(
      'block',
    );
  });

  it('reads a third party who calls us as the caller, not as someone we tell', () => {
    expect(ruleIds('I know your brother called us on your behalf last week.')).not.toContain(
      'en.frame.third-party.disclosure',
    );
    expect(verdict('Your employer will be contacted on Monday.')).toBe('block');
    // "llamó" (they called) is no "llamo" (I call), though folding drops the accent that tells them apart.
    expect(verdict('Ayer llamó su hijo preguntando por su préstamo.', 'es')).toBe('ok');
    expect(verdict('Mañana llamo a su hijo para contarle lo del préstamo.', 'es')).toBe('block');
  });

  it('reads a third party who tells us something as the teller, and news told to the customer as theirs', () => {
    expect(frameIds("Your cousin mentioned you'd moved, so we've updated the address.")).toEqual(
      [],
    );
    expect(
      frameIds('Su sobrina nos llamó preguntando por el saldo; no le dimos ningún dato.', 'es'),
    ).toEqual([]);
    expect(frameIds('Le comento que su hijo llamó esta mañana.', 'es')).toEqual([]);
    // Learning stays the veiled disclosure, and telling a third party stays ours.
    expect(verdict('Your cousin will find out soon enough.')).toBe('block');
    expect(verdict('Le contaremos a su jefe lo que nos debe.', 'es')).toBe('block');
  });

  it('reads the law stated as a limit, with the step denied, as reassurance', () => {
    expect(
      verdict(
        'Wages can only be garnished with a court order, and there is no court case on your account.',
      ),
    ).toBe('ok');
    expect(
      verdict(
        'El embargo de sueldo solo lo puede ordenar un juez, y no hay ninguna causa abierta.',
        'es',
      ),
    ).toBe('ok');
  });

  it('reads an obligation the sentence denies as no pressure: nothing is asked of the customer', () => {
    // Before: "no tiene que" lent the legal frame its pressing mood and blocked news of a closed file.
    expect(
      frameIds(
        'Nuestro departamento legal cerró el expediente y usted no tiene que hacer nada más.',
        'es',
      ),
    ).toEqual([]);
    // The condition's negation is not the obligation's: still a threat.
    expect(verdict('Si no paga, tendrá que vérselas con nuestro departamento legal.', 'es')).toBe(
      'block',
    );
  });

  it('reads telling "with you" as telling the customer alone', () => {
    expect(
      frameIds(
        "A partner is rarely liable for the other's card, and we'll go through it with you.",
      ),
    ).toEqual([]);
    expect(verdict("We'll discuss it with you and your partner at home.")).toBe('block');
  });

  it('follows "him" back in English too, but not "le" in news told to the customer', () => {
    expect(verdict("We have your sister's number on file. I'll ring her tonight about this.")).toBe(
      'block',
    );
    expect(
      frameIds(
        'Recibimos su aviso sobre el fallecimiento de su madre. Le recordamos que la cuenta sigue abierta.',
        'es',
      ),
    ).not.toContain('es.frame.third-party.disclosure');
  });

  it('reads "cannot … unless a court orders it" with no case as reassurance, and disowned callers as a warning', () => {
    expect(
      verdict('We cannot take your car unless a court orders it, and we have not gone to court.'),
    ).toBe('ok');
    expect(
      verdict('Si alguien le llamó diciendo que era de la policía, no fuimos nosotros.', 'es'),
    ).toBe('ok');
    expect(verdict("I'd sleep with one eye open if I were you.")).toBe('block');
  });

  it('follows a pronoun back to the third party the sentence before named', () => {
    expect(
      verdict(
        '¿Su tío todavía trabaja en el taller de la avenida? Quizás lo llamamos para que nos ayude.',
        'es',
      ),
    ).toBe('block');
    expect(
      verdict(
        '¿Recibió la carta que le enviamos la semana pasada? La llamaremos el lunes para ver opciones.',
        'es',
      ),
    ).toBe('ok');
  });

  it('reads "my manager" and "our supervisor" as our side, not the customer\'s third party', () => {
    expect(verdict('My manager will call you tomorrow to confirm the plan.')).toBe('ok');
    expect(verdict('Mi supervisora revisó su caso y aprobó la rebaja.', 'es')).toBe('ok');
    expect(verdict('We will call your manager tomorrow about this.')).toBe('block');
  });

  it('reads our own staff and teams by their titles as our side', () => {
    // "your case manager" is ours, not the customer's boss; "escalations team" is a team's name
    expect(
      frameIds('Your case manager, Priya, will be your single point of contact from now on.'),
    ).toEqual([]);
    expect(
      frameIds('Our escalations team has your case and will keep you updated by email.'),
    ).toEqual([]);
    expect(frameIds('Su gestora de caso, Carmen, será su único punto de contacto.', 'es')).toEqual(
      [],
    );
    expect(frameIds('We will escalate this to your manager at work.')).not.toEqual([]);
  });

  it('reads wishing the family well, and denying what someone else may say, as kind', () => {
    expect(frameIds('We hope you and your family are safe after the storm.')).toEqual([]);
    expect(
      frameIds('Esperamos que usted y su familia estén bien después del temporal.', 'es'),
    ).toEqual([]);
    expect(verdict("If anyone tells you you'll be arrested over this bill, it isn't true.")).toBe(
      'ok',
    );
    expect(
      verdict('Si alguien le dice que lo van a detener por esta deuda, es mentira.', 'es'),
    ).toBe('ok');
  });

  it('reads time on our side, direct insults and "whatever it takes, all day" as what they are', () => {
    expect(verdict("Ring us back or don't. We've got all week.")).toBe('block');
    expect(verdict("Sorry, I haven't got all day today, can we talk tomorrow?")).toBe('ok');
    expect(verdict('You cheating piece of work, pay what you owe.')).toBe('block');
    expect(
      verdict(
        'Mensajes, llamadas, visitas, lo que haga falta, todo el santo día hasta que aparezca.',
        'es',
      ),
    ).toBe('block');
    expect(verdict('Mire, no tengo todo el día. ¿Paga o no paga?', 'es')).not.toBe('ok');
  });

  it('reads ways of collecting the customer will not like, a hit to credit and "no me interesa" for what they are', () => {
    expect(verdict("There's ways of getting this money that you won't like, trust me.")).toBe(
      'block',
    );
    expect(verdict('Tenemos formas de cobrar que no le van a gustar, mi pana.', 'es')).toBe(
      'block',
    );
    expect(
      verdict('Tenemos varias formas de cobrar: transferencia, tarjeta o efectivo.', 'es'),
    ).toBe('ok');
    expect(verdict("Your credit is about to take a hit you won't recover from. Your call.")).toBe(
      'block',
    );
    expect(verdict('No me interesa si se quedó sin trabajo, la deuda es la deuda.', 'es')).toBe(
      'review',
    );
    expect(verdict('Drove past your place this morning. Nice house. Call me.')).toBe('block');
    expect(
      verdict('Sabemos perfectamente dónde tiene el coche y podemos quedarnos con él.', 'es'),
    ).toBe('block');
    expect(verdict('Nos quedamos con su propuesta de 50 euros al mes.', 'es')).toBe('ok');
    expect(verdict('Get your sh*t together and pay.')).toBe('block');
    // "hearing this" is the verb, never a court hearing.
    expect(
      frameIds("I know you won't like hearing this, but the fee was charged correctly."),
    ).toEqual([]);
  });

  it('keeps everyday words that once read as menace ok, and the menace itself blocked', () => {
    expect(verdict('If you have any trouble with the link, message me.')).toBe('ok');
    expect(
      verdict('The last thing you need right now is more stress, so the plan is paused.'),
    ).toBe('ok');
    expect(verdict('Gracias, ya vimos su transferencia y su cuenta está al día.', 'es')).toBe('ok');
    expect(verdict('Pague ya o ya verá lo que le pasa.', 'es')).toBe('block');
    expect(verdict('Ya veremos si sigue tan tranquila cuando llegue el camión.', 'es')).not.toBe(
      'ok',
    );
  });

  it('reads a short sentence as finishing the one before it, unless either is negated', () => {
    expect(ruleIds("We'll be in touch. Every single day.")).toContain(
      'en.frame.harassment.frequency',
    );
    expect(
      ruleIds('Sus vecinos parecen buena gente. ¿Saben ellos lo de su deuda?', 'es'),
    ).toContain('es.frame.third-party.disclosure');
    expect(verdict("We don't sue patients. We'll just keep working with you.")).toBe('ok');
  });

  it('keeps advice that is the customer’s own choice ok', () => {
    expect(verdict('You may want to talk to your partner before choosing a plan.')).toBe('ok');
  });

  it('does not let a negation in an if-clause hide the threat after it', () => {
    expect(verdict("If you don't pay by Friday we'll speak to your manager.")).toBe('block');
    expect(verdict("If we don't hear from you by Friday we will take you to court.")).toBe('block');
    expect(verdict('Si no paga antes del viernes iniciaremos acciones legales.', 'es')).toBe(
      'block',
    );
  });

  it('reads a negation in "accounts that are not paid…" as the threat’s condition (round T)', () => {
    expect(
      verdict(
        'Podemos ofrecerle un plan. Le informamos que las cuentas que no se regularizan después del día 30 se turnan de manera rutinaria a la policía local para su investigación por fraude.',
        'es',
      ),
    ).toBe('block');
    // a denial after "informamos que" is still a denial
    expect(verdict('Le informamos que no lo pasaremos a la policía.', 'es')).toBe('ok');
    expect(verdict('Accounts that are not paid are never passed to the police.')).toBe('ok');
  });

  it('passes the time-barred debt disclosure Regulation F asks for (round T)', () => {
    expect(
      verdict(
        'The law limits how long you can be sued on a debt. Because of the age of your debt, we will not sue you for it.',
      ),
    ).toBe('ok');
  });

  it('ends a sentence at "No." and at a street\'s "St.", so a negation does not run into the next one (round T)', () => {
    expect(
      verdict("I'm not too far from your place on Elm St. You don't want me to swing by, do you?"),
    ).toBe('block');
    expect(verdict('Can we wait? No. We will take you to court.')).toBe('block');
    // a number's "No." and a saint's "St." still do not end the sentence
    expect(verdict('Your reference is No. 4410 and we will not take you to court.')).toBe('ok');
  });

  it('blocks harassment by frequency and threats to credit files', () => {
    expect(verdict("We'll keep calling every day, morning and night, until it's paid.")).toBe(
      'block',
    );
    expect(verdict("We'll make sure your credit score is wrecked.")).toBe('block');
  });

  it('never reads a several-word term across a question mark or a dash', () => {
    // "Si no, ¿quiere…": the "no" answers the sentence before, and "¿quiere…?" is an offer.
    expect(
      verdict('Si ya lo envió, gracias. Si no, ¿quiere que fijemos una nueva fecha?', 'es'),
    ).toBe('ok');
    // A list's commas still hold its words together.
    expect(verdict("We'll text and ring you morning, noon and night till it's sorted.")).toBe(
      'block',
    );
  });

  it('flags dismissing hardship for review, not block', () => {
    expect(verdict("Everyone has problems; that doesn't change what you owe.")).not.toBe('ok');
  });

  it('points the finding at the clause, with a kinder rewrite', () => {
    const text = 'Thanks for your message. Maybe your parents would like to know about it.';
    const finding = checkTone(text, { locale: 'en' }).findings.find(
      (each) => each.category === 'third-party',
    );
    expect(finding?.excerpt).toBe('Maybe your parents would like to know about it');
    expect(finding?.suggestion).toMatch(/private/u);
  });
  it('reads wider vocabulary: impersonated officers, selling belongings, la grúa, ASNEF', () => {
    expect(verdict('This is Deputy Collins from the recovery unit.')).toBe('block');
    expect(verdict('Have you thought about selling the telly or asking your nan for a loan?')).toBe(
      'block',
    );
    expect(verdict('People who don’t pay us tend to find it never ends well.')).toBe('block');
    expect(
      verdict('Le vamos a mandar un SMS cada hora, día y noche, hasta que nos conteste.', 'es'),
    ).toBe('block');
    expect(verdict('¿Y si vendes la moto o empeñas las joyas?', 'es')).toBe('block');
    expect(verdict('Lo vamos a meter en ASNEF.', 'es')).toBe('block');
  });

  it('reads a relative with money, retirement savings and a parent picturing the balance (round S)', () => {
    expect(verdict('¿No tienes una tía con plata que te eche una mano?', 'es')).toBe('block');
    expect(verdict("Can't you just cash out your 401k and be done with it?")).toBe('block');
    expect(verdict('Imaginate si tu vieja ve este saldo… ¿o no?', 'es')).toBe('block');
    // Paying with money one has is no push to borrow.
    expect(verdict('Puede pagar con dinero en efectivo en cualquier sucursal.', 'es')).toBe('ok');
  });

  // Reassurances with the new vocabulary, then ones whose negation follows their subject.
  it.each<[string, 'en' | 'es']>([
    ['We have not sent a repo agent and we will never take your car.', 'en'],
    ['You don’t need to pay the full amount today.', 'en'],
    ['Nunca le enviaremos mensajes cada hora.', 'es'],
    ['No vamos a llamar a la grúa ni a retirar su carro.', 'es'],
    ['No vamos a meter su deuda en ASNEF mientras siga el plan.', 'es'],
    ['Our field team will not visit your home.', 'en'],
    ['The bailiffs will not come.', 'en'],
    ['The police aren’t involved and never would be.', 'en'],
    ['Su empleador no será contactado.', 'es'],
    ['Nadie de la empresa va a ir a su casa.', 'es'],
    ['El juzgado no va a intervenir.', 'es'],
    // a denied subject that runs over commas to its verb (round S)
    ['No one from our office, and no bailiff or sheriff, will be coming to your home.', 'en'],
    ['Nadie de la empresa, ni ningún cobrador, va a ir a su casa.', 'es'],
  ])('keeps the reassurance %j (%s) ok', (text, locale) => {
    expect(verdict(text, locale)).toBe('ok');
  });

  it('still flags a visit after a denial that is not its subject', () => {
    expect(verdict('No one paid, so we will be coming to your home.')).toBe('block');
  });

  it('still flags a subject-first negation that pressure turns back, or a negated condition', () => {
    expect(verdict("If you don't pay, the bailiffs will come.")).toBe('block');
    expect(verdict("If you don't pay the bailiffs will come.")).toBe('block');
    expect(verdict('The bailiffs will not stop until you pay.')).toBe('block');
    expect(verdict('The judge won’t be anywhere near as patient as I am.')).not.toBe('ok');
    expect(verdict('Court action has not been ruled out.')).not.toBe('ok');
    expect(verdict("We'll make sure no bank ever lends you a cent.")).toBe('block');
    expect(verdict('The court will not be lenient.')).not.toBe('ok');
    expect(verdict('The police will not be far behind.')).not.toBe('ok');
    expect(verdict("Your boss won't be happy when we call him.")).toBe('block');
    expect(verdict('Kinda surprised your wife doesn’t know about this yet.')).toBe('block');
    expect(verdict('Los abogados no van a esperar más.', 'es')).toBe('block');
    expect(verdict('El juez no tendrá piedad.', 'es')).not.toBe('ok');
    expect(verdict('A su jefe no le va a gustar nada enterarse de esta deuda.', 'es')).not.toBe(
      'ok',
    );
  });

  it('lets help excuse a frame only when it is offered to the customer', () => {
    expect(verdict("I'll call your manager in case they can help.")).toBe('block');
    expect(verdict("I'm sure their HR team would love to help us reach you.")).toBe('block');
    expect(verdict('Have you thought about asking your parents to help?')).toBe('block');
    expect(
      verdict("I'm sorry to hear you're off sick, so I'll call your manager about the balance."),
    ).toBe('block');
    expect(verdict('Los padres siempre ayudan en estas cosas, ¿no?', 'es')).toBe('block');
    expect(verdict('If you received court papers, free debt advice is available.')).toBe('ok');
    expect(verdict('We can help you set up a plan, and we will never contact your employer.')).toBe(
      'ok',
    );
    expect(verdict('Si recibió una demanda, puede pedir asesoramiento gratuito.', 'es')).toBe('ok');
  });
});

// Frames v17, from round U's misses (w73–w75).
describe('round U: lists, owned mistakes, numbered references and owners’ associations', () => {
  it('carries a denied subject list over "or" to its verb', () => {
    expect(
      frameIds('No sheriff, constable or police officer will come to your home about this bill.'),
    ).toEqual([]);
    // the same words without the denial still threaten
    expect(verdict('The sheriff or a police officer will come to your home.')).toBe('block');
  });

  it('reads a mistake of ours, owned, as an apology and not a disclosure', () => {
    expect(frameIds('We called your work number by mistake this morning.')).toEqual([]);
    expect(frameIds('If you ignore this, we will call your work number again.')).toContain(
      'en.frame.third-party.disclosure',
    );
  });

  it('keeps "s.87 of the Act" in its sentence, like "No. 4410"', () => {
    const text =
      'A default notice has been served pursuant to s.87 of the Consumer Credit Act 1974.';
    const spans = checkTone(text, { locale: 'en' })
      .findings.filter((each) => each.ruleId.includes('.frame.'))
      .map((each) => text.slice(each.start, each.end));
    // one sentence read whole: the frame's span runs past "s." to the Act's year
    expect(spans.some((span) => span.startsWith('A default') && span.includes('1974'))).toBe(true);
  });

  it('reads an owners’ association as the creditor, not as neighbours to tell', () => {
    expect(
      frameIds(
        'Confirmamos la recepción de 270 € correspondientes a las cuotas atrasadas de la comunidad. Su cuenta queda al corriente.',
        'es',
      ),
    ).toEqual([]);
    expect(
      frameIds('La Comunidad de Propietarios le recuerda que tiene dos cuotas pendientes.', 'es'),
    ).toEqual([]);
    expect(verdict('Toda la comunidad se va a enterar de que no paga.', 'es')).toBe('block');
  });
});

describe('round V: names in signatures, messages we disown', () => {
  it('reads a signature’s full name and city as names, and a colleague’s manager as ours', () => {
    expect(frameIds('Un saludo cordial, Marta Gil, oficina de Madrid.', 'es')).toEqual([]);
    expect(verdict('Eres un gil.', 'es')).toBe('block');
    expect(verdict('Vamos a hablar con su madre.', 'es')).toBe('block');
    expect(
      frameIds(
        "The way my colleague spoke to you wasn't acceptable; I've raised it with his manager.",
      ),
    ).toEqual([]);
    expect(verdict('We will tell your manager about this.')).toBe('block');
  });

  it('reads a message the customer got that we disown, and the usual "ignore this", as kind', () => {
    expect(verdict('The text you got saying police would come to your door was not from us.')).toBe(
      'ok',
    );
    expect(verdict('Ese mensaje que dice que va a ir preso no es nuestro.', 'es')).toBe('ok');
    expect(
      verdict(
        'Paso a recordarte que tu cuota vence el lunes. Si ya la pagaste, ignora este mensaje.',
        'es',
      ),
    ).toBe('ok');
    expect(verdict('Usted ignora nuestras llamadas desde hace meses.', 'es')).toBe('review');
  });

  it('reads a legal step’s precondition denied by "it" or "one", or by the next sentence, as reassurance', () => {
    expect(
      verdict(
        "We'd need a court's permission before we could ever repossess the car, and we are not seeking it.",
      ),
    ).toBe('ok');
    expect(
      ruleIds(
        "Wages can only be garnished after a creditor gets a court judgment. We don't have one, and we haven't started a lawsuit.",
      ).filter((id) => id.includes('threat')),
    ).toEqual([]);
    expect(
      verdict(
        'Wages can only be garnished after a court judgment. We don’t have one yet, but we will.',
      ),
    ).toBe('block');
    expect(ruleIds('Le recomendamos bloquear ese número y denunciarlo.', 'es')).not.toContain(
      'es.threat.prosecution',
    );
    expect(verdict('Si no paga esta semana, vamos a denunciarlo.', 'es')).toBe('block');
  });

  it('covers a short lead-in the clause finishes, so a rewrite leaves nothing dangling', () => {
    const text =
      "I don't care if you have to borrow it from your parents, the £600 needs to be with us on Monday.";
    const finding = checkTone(text, { locale: 'en' }).findings.find(
      (each) => each.ruleId === 'en.frame.pressure.borrow-sell',
    );
    expect(finding?.start).toBe(0);
  });

  it('reads "requires a court judgment" with the judgment denied as the law stated, and "no tome en cuenta" as routine', () => {
    expect(
      verdict(
        'Wage garnishment requires a court judgment, and there is no judgment on this account. We are not seeking one.',
      ),
    ).toBe('ok');
    expect(verdict('Wage garnishment requires a court judgment, and we have one.')).toBe('block');
    expect(verdict('Si ya pagó, no tome en cuenta este mensaje.', 'es')).toBe('ok');
  });
});
