/**
 * The layout layer (apps/react/kit.tsx) in Garden, for the panel bodies written once for both
 * hosts. Only the lazy panels import it, so it never weighs on the sidebar's first paint.
 */
import { Anchor, Button } from '@zendeskgarden/react-buttons';
import {
  Field,
  Fieldset,
  Hint,
  Input,
  Label,
  Message,
  Radio,
  Select,
  Textarea,
} from '@zendeskgarden/react-forms';
import { Well } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import type { Kit } from '../../react/kit';
import { BusyButton } from './BusyButton';
import { hue } from './hue';
import { Notice } from './Notice';
import { Options } from './Options';
import { Section } from './Section';

export const gardenKit: Kit = {
  Stack: ({ row, children }) => (
    <div
      style={{
        display: 'flex',
        flexDirection: row ? 'row' : 'column',
        ...(row ? { flexWrap: 'wrap', alignItems: 'center' } : {}),
        gap: 4,
        marginTop: 4,
      }}
    >
      {children}
    </div>
  ),
  List: ({ label, children }) => (
    <ul aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {children}
    </ul>
  ),
  Item: ({ label, boxed, children }) => (
    <li aria-label={label} style={{ marginTop: 8 }}>
      {boxed ? (
        <Well isRecessed style={{ padding: 8 }}>
          {children}
        </Well>
      ) : (
        children
      )}
    </li>
  ),
  Text: ({ children, bold, label, role }) => (
    <SM isBold={bold} aria-label={label} role={role}>
      {children}
    </SM>
  ),
  Quote: ({ label, text }) => (
    // The label shows as on the card (a suggestion's says which language it is in); `q` adds the
    // quotation marks, so the element's text is the words alone.
    <blockquote aria-label={label} style={{ margin: '4px 0' }}>
      <SM>
        {label}: <q>{text}</q>
      </SM>
    </blockquote>
  ),
  Tag: ({ children, emphasis }) => (
    <Tag size="small" hue={emphasis && hue[emphasis]}>
      {children}
    </Tag>
  ),
  Button: ({ children, onClick, variant, busy, busyLabel, hint, disabled, name, submit }) => {
    const look = { isBasic: variant === 'inline', isPrimary: variant === 'primary' };
    return busy === undefined ? (
      <Button
        size="small"
        title={hint}
        disabled={disabled}
        aria-label={name === children ? undefined : name}
        type={submit ? 'submit' : 'button'}
        onClick={submit ? undefined : onClick}
        {...look}
      >
        {children}
      </Button>
    ) : (
      <BusyButton
        busy={busy}
        label={children}
        busyLabel={busyLabel ?? children}
        disabled={disabled}
        {...(submit ? { type: 'submit' } : { onClick })}
        {...look}
      />
    );
  },
  Link: ({ href, children }) => (
    <Anchor href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </Anchor>
  ),
  Notice: ({ emphasis, role, title, text, children }) => (
    <Notice emphasis={emphasis} role={role} title={title} text={text} style={{ marginTop: 8 }}>
      {children}
    </Notice>
  ),
  Section: ({ title, children }) => <Section title={title}>{children}</Section>,
  Details: ({ label, rows, unheaded }) => {
    const list = (
      <dl
        aria-label={unheaded ? label : undefined}
        style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 8px' }}
      >
        {rows.map((row) => (
          <div key={row.key} style={{ display: 'contents' }}>
            <SM tag="dt">{row.label}</SM>
            <SM tag="dd" style={{ margin: 0, overflowWrap: 'anywhere' }}>
              {row.text}
            </SM>
          </div>
        ))}
      </dl>
    );
    return unheaded ? (
      list
    ) : (
      <Well isRecessed style={{ padding: 12 }}>
        <SM tag="h3" isBold>
          {label}
        </SM>
        {list}
      </Well>
    );
  },
  TextArea: ({ label, hint, value, maxLength, rows, problem, onChange }) => (
    <Field style={{ marginTop: 8 }}>
      <Label>{label}</Label>
      {hint === undefined ? null : <Hint>{hint}</Hint>}
      <Textarea
        value={value}
        maxLength={maxLength}
        minRows={rows}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem === undefined ? null : <Message validation="error">{problem}</Message>}
    </Field>
  ),
  Form: ({ label, onSubmit, children }) => (
    <form
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  ),
  AmountInput: ({ label, hint, value, problem, onChange }) => (
    <Field style={{ marginTop: 8 }}>
      <Label>{label}</Label>
      {hint === undefined ? null : <Hint>{hint}</Hint>}
      <Input
        inputMode="decimal"
        value={value}
        validation={problem === undefined ? undefined : 'error'}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem === undefined ? null : <Message validation="error">{problem}</Message>}
    </Field>
  ),
  DateInput: ({ label, value, min, problem, onChange }) => (
    <Field style={{ marginTop: 8 }}>
      <Label>{label}</Label>
      <Input
        type="date"
        min={min}
        value={value}
        validation={problem === undefined ? undefined : 'error'}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem === undefined ? null : <Message validation="error">{problem}</Message>}
    </Field>
  ),
  Choice: ({ name, label, choices, value, placeholder, problem, menu, onChoose }) =>
    menu ? (
      <Field style={{ marginTop: 8 }}>
        <Label>{label}</Label>
        <Select
          value={value ?? ''}
          validation={problem === undefined ? undefined : 'error'}
          onChange={(event) => onChoose(event.target.value)}
        >
          <Options
            choices={choices}
            {...(placeholder === undefined ? {} : { none: { label: placeholder, disabled: true } })}
          />
        </Select>
        {problem === undefined ? null : <Message validation="error">{problem}</Message>}
      </Field>
    ) : (
      <Fieldset style={{ marginTop: 8, minWidth: 0 }}>
        <Fieldset.Legend>{label}</Fieldset.Legend>
        {choices.map((choice) => (
          <Field key={choice.value}>
            <Radio
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChoose(choice.value)}
            >
              <Label isRegular>{choice.label}</Label>
            </Radio>
          </Field>
        ))}
        {problem === undefined ? null : <Message validation="error">{problem}</Message>}
      </Fieldset>
    ),
};
