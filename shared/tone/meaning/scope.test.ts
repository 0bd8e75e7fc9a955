import { describe, expect, it } from '@jest/globals';
import { checkTone } from '../index';
import { meaningLocales } from './locales';
import { readMeaning } from './read';

type Locale = 'en' | 'es';

/** The frames that fire on `text`, before the learned model reads them. */
function frames(text: string, locale: Locale = 'en'): string[] {
  const meaning = meaningLocales[locale];
  if (meaning === undefined) throw new Error(`no meaning data for ${locale}`);
  return readMeaning(text, meaning).findings.map((finding) => finding.explanation.frame);
}

const verdict = (text: string, locale: Locale = 'en') => checkTone(text, { locale }).verdict;

// A threat is something we will or might do to the customer. A clause that thanks the customer
// for something, or tells what the customer did, holds their action, not ours (meaning/scope.ts).
describe('clause scoping: whose action a clause tells of', () => {
  it.each<[string, Locale]>([
    ['Thanks for stopping by the office yesterday, it was good to meet you.', 'en'],
    ['Since you called ahead, I have waived the late fee this month.', 'en'],
    ['Thank you for calling us every day this week to check on the plan.', 'en'],
    ["I've noted that you don't want calls after 6pm.", 'en'],
    ['When you came in on Tuesday you dropped by the front desk first.', 'en'],
    ['Gracias por pasar ayer por la oficina, fue un gusto atenderle.', 'es'],
    ['Como usted llamó antes de la fecha, no le cobramos recargo.', 'es'],
    ['Gracias por llamarnos todos los días para revisar el plan.', 'es'],
  ])('reads the customer’s own action in %j (%s) as no threat', (text, locale) => {
    expect(frames(text, locale)).toEqual([]);
    expect(verdict(text, locale)).toBe('ok');
  });

  it.each<[string, Locale]>([
    // The stretch ends where a clause of ours starts, with or without a comma.
    ['Since you ignored our letters, we will be stopping by your house every day.', 'en'],
    ['Since you ignored our letters we will be calling you every day until you pay.', 'en'],
    // "you have been warned": the customer is the object of what is done, not the actor.
    ['You have been warned.', 'en'],
    // A question is no past action, even with a verb in the past.
    ['Have you thought about how your boss would react if we called him?', 'en'],
    ['Usted no pagó, así que pasaremos por su casa todos los días hasta que pague.', 'es'],
  ])('still reads our threat in %j (%s)', (text, locale) => {
    expect(frames(text, locale)).not.toEqual([]);
    expect(verdict(text, locale)).toBe('block');
  });

  it('reads the customer’s negated verb as theirs, so our threat after it stands', () => {
    const text =
      "Since you won't answer me I'm going to call your wife and tell her about the loan.";
    expect(frames(text)).toContain('third-party.disclosure');
    // The negation is still ours when we are its subject.
    expect(frames("We won't call your wife or tell her about the loan.")).toEqual([]);
  });

  it('carries a negation over an "or" list, but not into a clause of its own', () => {
    expect(
      frames('We will not pass your account to bailiffs or a debt collection agency.'),
    ).toEqual([]);
    expect(frames('No pasaremos su cuenta a abogados o a una agencia de cobro.', 'es')).toEqual([]);
    expect(frames("Don't ignore this or we will pass your account to the bailiffs.")).not.toEqual(
      [],
    );
  });

  it('reads a negation just after "if" as the condition’s, not a reassurance', () => {
    expect(
      frames('If payment is not received this week a warrant can be issued for your arrest.'),
    ).not.toEqual([]);
  });
});

describe('veiled threats: a regret cue over something to lose or someone to find out', () => {
  it.each<[string, Locale]>([
    ['It would be awkward if the van had to go towards the arrears, would it not?', 'en'],
    ["Be a shame if that nice car of yours had to go, wouldn't it?", 'en'],
  ])('blocks %j (%s)', (text, locale) => {
    expect(frames(text, locale)).toContain('threat.veiled');
    expect(verdict(text, locale)).toBe('block');
  });

  it.each<[string, Locale]>([
    ['It would be a shame if your neighbours found out about this.', 'en'],
    ['Sería una lástima que su jefe se enterara de esta deuda.', 'es'],
  ])(
    'blocks %j (%s) once, as disclosure: a third party finding out says it better',
    (text, locale) => {
      expect(frames(text, locale)).toEqual(['third-party.disclosure']);
      expect(verdict(text, locale)).toBe('block');
    },
  );

  it.each<[string, Locale]>([
    ["It's a shame the car broke down, so we have paused the plan for a month.", 'en'],
    ['It would be a shame to miss the discount, so the offer stays open until Friday.', 'en'],
  ])('keeps %j (%s) ok: no menace in a plain regret', (text, locale) => {
    expect(frames(text, locale)).not.toContain('threat.veiled');
  });
});

/** The word-rule and frame findings on `text`: what the engine reads before the learned model. */
function readFindings(text: string, locale: Locale = 'en'): string[] {
  return checkTone(text, { locale })
    .findings.map((finding) => finding.ruleId ?? '')
    .filter((ruleId) => !ruleId.includes('.model.'));
}

// A legal limit stated as a reassurance: a negated modal of ours, a "nobody" subject, a legal step
// that would first need something we say we are not doing, a guess about the past, the customer's
// own telling of their situation. One reading in read.ts, for word rules and frames alike.
describe('legal limits stated as reassurance', () => {
  it.each<[string, Locale]>([
    ['We cannot sue you to collect it.', 'en'],
    ["We can't report this to the bureaus.", 'en'],
    ['Nobody is going to contact your employer.', 'en'],
    ['No one will be calling the police about this.', 'en'],
    ["You won't need to go to court.", 'en'],
    [
      'We would need a court order before anything could be taken from your pay, and we have no plans to go to court.',
      'en',
    ],
    ['No vamos a enviar a nadie a su casa ni a iniciar un juicio.', 'es'],
    ['Nadie va a llamar a su empleador.', 'es'],
  ])('reads %j (%s) as reassurance', (text, locale) => {
    expect(frames(text, locale)).toEqual([]);
    expect(verdict(text, locale)).toBe('ok');
  });

  it.each<[string, Locale]>([
    // A legal step that would first need a judgment we say we are not seeking.
    [
      'We would have to get a judgment before your wages could be garnished, and we are not taking legal action.',
      'en',
    ],
    // "might have attended": a guess about the past, and the authority is not who writes.
    ['An officer might have attended the collision, but this is a private billing matter.', 'en'],
    // The customer's own telling of a garnishment is not ours.
    [
      "You told us your wages are already being garnished for another debt; we won't add to that.",
      'en',
    ],
    [
      'Usted mencionó que ya le embargan el sueldo por otra deuda; no vamos a sumar nada a eso.',
      'es',
    ],
  ])('finds no threat of ours in %j (%s) with word rules and frames', (text, locale) => {
    expect(frames(text, locale)).toEqual([]);
    expect(readFindings(text, locale)).toEqual([]);
  });

  it.each<[string, Locale]>([
    ['We can take you to court.', 'en'],
    ['Unless you pay we will garnish your wages.', 'en'],
    ['Nobody will stop us calling your boss.', 'en'],
    // A refused promise keeps the threat under it open.
    ["We can't promise we won't call your employer.", 'en'],
    // A precondition we say we will meet is no limit.
    ['You need to pay before we take you to court.', 'en'],
    ['We would need a court order before we garnish your wages, and we will get one.', 'en'],
    ['No podemos prometer que no llamaremos a su jefe.', 'es'],
    ['Nadie nos impedirá llamar a su jefe.', 'es'],
    ['Si no paga antes del viernes, embargaremos su sueldo.', 'es'],
  ])('still blocks %j (%s)', (text, locale) => {
    expect(frames(text, locale)).not.toEqual([]);
    expect(verdict(text, locale)).toBe('block');
  });

  it('still names who writes when the authority follows "this is"', () => {
    expect(frames('This is Officer Reyes from the county sheriff.')).toContain(
      'misrepresentation.self-id',
    );
  });
});

describe('a step told as over, and a negated question put to the customer', () => {
  it.each<[string, Locale]>([
    ["We've stopped the warrant application on your account after your call today.", 'en'],
    ['The garnishment order was withdrawn last Tuesday.', 'en'],
    ['Hemos suspendido el embargo de su cuenta.', 'es'],
  ])('reads %j (%s) as news: no frame fires', (text, locale) => {
    expect(frames(text, locale)).toEqual([]);
  });

  it.each<[string, Locale]>([
    ['We stopped the repossession but we will restart it if you miss Friday.', 'en'],
    ["Can't you borrow it off your boyfriend? Or pawn some jewellery?", 'en'],
    ["Why don't you sell the car?", 'en'],
    ['¿No puede pedirle prestado a su hermano?', 'es'],
  ])('still reads %j (%s) as pressure', (text, locale) => {
    expect(frames(text, locale)).not.toEqual([]);
  });

  it.each<[string, Locale]>([
    ['We will never ask you to borrow money or sell anything to pay us.', 'en'],
    ['Nunca le pediremos que pida prestado para pagarnos.', 'es'],
  ])('keeps %j (%s) a reassurance', (text, locale) => {
    expect(frames(text, locale)).toEqual([]);
  });
});

describe('"sin"/"without" negates a phrase, a condition starts with a capital too', () => {
  it.each<[string, Locale]>([
    [
      'Los casos sin acuerdo los pasamos a un estudio que suele visitar a los vecinos para verificar domicilio.',
      'es',
    ],
    ['Si seguís sin contestar, te escribo por WhatsApp cada hora.', 'es'],
    ['Le informa la Superintendencia: su deuda ha sido registrada.', 'es'],
    [
      'I have been asked to let you know the county may become involved if the car is not returned.',
      'en',
    ],
  ])('reads %j (%s) as a threat', (text, locale) => {
    expect(frames(text, locale)).not.toEqual([]);
  });

  it.each<[string, Locale]>([
    ['Le ofrecemos un plan sin recargos y sin acciones legales.', 'es'],
    ['We can set up a plan without any legal action.', 'en'],
    ['Le informamos que su pago fue recibido.', 'es'],
  ])('keeps %j (%s) a reassurance', (text, locale) => {
    expect(frames(text, locale)).toEqual([]);
  });
});
