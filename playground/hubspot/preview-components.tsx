/**
 * Plain, accessible DOM stand-ins for the `@hubspot/ui-extensions` components, by the names the
 * remote tree uses. Not HubSpot's look, but HubSpot's contract: the same props and callbacks
 * (inputs call `onChange`/`onInput` with the value, buttons call `onClick` with an event), and every
 * control labelled. A component missing here shows up as a visible "not in the preview" note, which
 * the browser tests look for, so adding a component to the card means adding it here too.
 */
import { useEffect, useId, useState, type CSSProperties, type ReactNode } from 'react';

type Children = { children?: ReactNode };
type Handler<T> = ((value: T) => void) | undefined;

const clickEvent = () => ({ type: 'click', bubbles: true, timeStamp: Date.now() });
const reactions = { openPanel: () => {}, closePanel: () => {}, closeOverlay: () => {} };

const gapSizes: Record<string, string> = {
  flush: '0',
  'extra-small': '4px',
  xs: '4px',
  small: '8px',
  sm: '8px',
  medium: '16px',
  md: '16px',
  large: '24px',
  lg: '24px',
  'extra-large': '32px',
  xl: '32px',
};

const alertColours: Record<string, string> = {
  info: '#e5f5f8',
  success: '#e5f8f6',
  warning: '#fef8f0',
  error: '#fde8e9',
  danger: '#fde8e9',
  tip: '#eaf0f6',
};

const tagColours: Record<string, string> = {
  default: '#eaf0f6',
  success: '#cde3cc',
  warning: '#fef1d5',
  error: '#fde0e2',
  danger: '#fde0e2',
  info: '#d6ecf5',
};

function Flex(
  props: Children & {
    direction?: 'row' | 'column';
    gap?: string;
    justify?: string;
    align?: string;
    wrap?: boolean | string;
  },
) {
  const style: CSSProperties = {
    display: 'flex',
    flexDirection: props.direction ?? 'row',
    gap: gapSizes[props.gap ?? 'flush'] ?? '0',
    justifyContent: props.justify === 'between' ? 'space-between' : props.justify,
    alignItems: props.align,
    flexWrap: props.wrap ? 'wrap' : 'nowrap',
  };
  return <div style={style}>{props.children}</div>;
}

function Box(props: Children & { flex?: number | string }) {
  return <div style={{ flex: props.flex }}>{props.children}</div>;
}

function Text(
  props: Children & {
    variant?: 'bodytext' | 'microcopy';
    inline?: boolean;
    format?: {
      fontWeight?: 'bold' | 'demibold' | 'regular';
      italic?: boolean;
      lineDecoration?: string;
    };
  },
) {
  const style: CSSProperties = {
    margin: props.inline ? 0 : '0 0 6px',
    fontSize: props.variant === 'microcopy' ? 12 : 14,
    fontWeight:
      props.format?.fontWeight === 'bold'
        ? 700
        : props.format?.fontWeight === 'demibold'
          ? 600
          : 400,
    fontStyle: props.format?.italic ? 'italic' : undefined,
    textDecoration: props.format?.lineDecoration === 'strikethrough' ? 'line-through' : undefined,
    color: props.variant === 'microcopy' ? '#516f90' : undefined,
  };
  return props.inline ? (
    <span style={style}>{props.children}</span>
  ) : (
    <p style={style}>{props.children}</p>
  );
}

function Heading(props: Children) {
  return <h3 style={{ fontSize: 16, margin: '4px 0 8px' }}>{props.children}</h3>;
}

function Divider() {
  return <hr style={{ border: 0, borderTop: '1px solid #cbd6e2', margin: '12px 0' }} />;
}

function Button(
  props: Children & {
    onClick?: (event: unknown, reactions: unknown) => void;
    variant?: 'primary' | 'secondary' | 'destructive' | 'transparent';
    disabled?: boolean;
    type?: 'button' | 'submit' | 'reset';
    href?: string | { url: string };
  },
) {
  const variant = props.variant ?? 'secondary';
  const style: CSSProperties = {
    background: variant === 'primary' ? '#b9381b' : variant === 'destructive' ? '#d9002b' : '#fff',
    color: variant === 'primary' || variant === 'destructive' ? '#fff' : '#33475b',
    border: variant === 'transparent' ? 0 : '1px solid #cbd6e2',
    borderRadius: 3,
    padding: '6px 14px',
    cursor: props.disabled ? 'not-allowed' : 'pointer',
    // As HubSpot draws them: a disabled button is faded, so it never reads as one to press.
    opacity: props.disabled ? 0.5 : 1,
  };
  return (
    <button
      type={props.type === 'submit' ? 'submit' : 'button'}
      style={style}
      disabled={props.disabled}
      onClick={() => props.onClick?.(clickEvent(), reactions)}
    >
      {props.children}
    </button>
  );
}

function LoadingButton(
  props: Parameters<typeof Button>[0] & { loading?: boolean; resultIconName?: string },
) {
  const { loading, resultIconName: _icon, ...button } = props;
  return (
    <span aria-busy={loading || undefined}>
      <Button {...button} disabled={Boolean(props.disabled) || Boolean(loading)} />
    </span>
  );
}

function ButtonRow(props: Children) {
  return (
    <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', margin: '8px 0' }}>
      {props.children}
    </div>
  );
}

function Link(
  props: Children & {
    href?: string | { url: string };
    onClick?: (event: unknown, reactions: unknown) => void;
  },
) {
  const href = typeof props.href === 'string' ? props.href : props.href?.url;
  if (!href) {
    return (
      <button
        type="button"
        style={{ background: 'none', border: 0, color: '#0091ae', cursor: 'pointer', padding: 0 }}
        onClick={() => props.onClick?.(clickEvent(), reactions)}
      >
        {props.children}
      </button>
    );
  }
  return (
    <a href={href} target="_blank" rel="noreferrer" style={{ color: '#007a8c' }}>
      {props.children}
    </a>
  );
}

function Alert(props: Children & { title?: string; variant?: string }) {
  const variant = props.variant ?? 'info';
  const urgent = variant === 'error' || variant === 'danger' || variant === 'warning';
  return (
    <div
      role={urgent ? 'alert' : 'status'}
      style={{
        background: alertColours[variant] ?? '#eaf0f6',
        borderLeft: '4px solid #516f90',
        padding: '8px 12px',
        margin: '8px 0',
      }}
    >
      {props.title ? <strong style={{ display: 'block' }}>{props.title}</strong> : null}
      {props.children}
    </div>
  );
}

function Tag(
  props: Children & { variant?: string; onClick?: (event: unknown, reactions: unknown) => void },
) {
  const style: CSSProperties = {
    display: 'inline-block',
    background: tagColours[props.variant ?? 'default'] ?? '#eaf0f6',
    borderRadius: 3,
    padding: '1px 8px',
    fontSize: 12,
    margin: '0 4px 4px 0',
    border: props.onClick ? '1px solid #7c98b6' : 0,
  };
  return props.onClick ? (
    <button type="button" style={style} onClick={() => props.onClick?.(clickEvent(), reactions)}>
      {props.children}
    </button>
  ) : (
    <span style={style}>{props.children}</span>
  );
}

function StatusTag(props: Children & { variant?: string; onClick?: () => void }) {
  return (
    <Tag
      variant={props.variant ?? 'default'}
      {...(props.onClick ? { onClick: () => props.onClick?.() } : {})}
    >
      {props.children}
    </Tag>
  );
}

function Tile(props: Children & { compact?: boolean; flush?: boolean }) {
  return (
    <div
      style={{
        border: '1px solid #cbd6e2',
        borderRadius: 4,
        padding: props.flush ? 0 : props.compact ? 8 : 16,
        margin: '8px 0',
        background: '#fff',
      }}
    >
      {props.children}
    </div>
  );
}

function LoadingSpinner(props: { label?: string; showLabel?: boolean }) {
  return (
    <div role="status" aria-label={props.label ?? 'Loading'} style={{ padding: 8 }}>
      <span aria-hidden="true">⏳ </span>
      {props.showLabel === false ? null : (props.label ?? 'Loading')}
    </div>
  );
}

function EmptyState(props: Children & { title?: string }) {
  return (
    <div style={{ padding: 12, textAlign: 'center', color: '#516f90' }}>
      {props.title ? <p style={{ fontWeight: 600 }}>{props.title}</p> : null}
      {props.children}
    </div>
  );
}

function ErrorState(props: Children & { title?: string }) {
  return (
    <div
      role="alert"
      style={{ padding: 12, border: '1px solid #f2545b', borderRadius: 4, margin: '8px 0' }}
    >
      {props.title ? <p style={{ fontWeight: 600, margin: '0 0 6px' }}>{props.title}</p> : null}
      {props.children}
    </div>
  );
}

function DescriptionList(props: Children & { direction?: 'row' | 'column' }) {
  return (
    <dl
      style={{
        display: 'flex',
        flexDirection: props.direction === 'column' ? 'column' : 'row',
        flexWrap: 'wrap',
        gap: '8px 24px',
        margin: '8px 0',
      }}
    >
      {props.children}
    </dl>
  );
}

function DescriptionListItem(props: Children & { label?: string }) {
  return (
    <div>
      <dt style={{ fontSize: 12, color: '#516f90' }}>{props.label}</dt>
      <dd style={{ margin: 0, fontWeight: 600 }}>{props.children}</dd>
    </div>
  );
}

interface FieldProps {
  label?: string;
  name?: string;
  description?: string;
  placeholder?: string;
  tooltip?: string;
  required?: boolean;
  readOnly?: boolean;
  error?: boolean;
  validationMessage?: string;
}

function Field(props: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 4, margin: '8px 0' }}>
      <label htmlFor={props.id} style={{ fontWeight: 600, fontSize: 13 }}>
        {props.label}
        {props.required ? ' *' : ''}
      </label>
      {props.description ? (
        <span id={`${props.id}-description`} style={{ fontSize: 12, color: '#516f90' }}>
          {props.description}
        </span>
      ) : null}
      {props.children}
      {props.validationMessage ? (
        <span
          id={`${props.id}-message`}
          role={props.error ? 'alert' : undefined}
          style={{ fontSize: 12, color: props.error ? '#d9002b' : '#00a4bd' }}
        >
          {props.validationMessage}
        </span>
      ) : null}
    </div>
  );
}

function describedBy(id: string, props: FieldProps): string | undefined {
  const ids = [
    props.description ? `${id}-description` : '',
    props.validationMessage ? `${id}-message` : '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * The text the user sees in a text field: follows the card's `value`, but a keystroke shows at once
 * (the card's answer crosses the remote tree a moment later; a plain controlled input would snap back).
 */
function useFieldText(value: string | undefined): [string, (text: string) => void] {
  const [text, setText] = useState(value ?? '');
  useEffect(() => {
    setText(value ?? '');
  }, [value]);
  return [text, setText];
}

const inputStyle: CSSProperties = {
  border: '1px solid #cbd6e2',
  borderRadius: 3,
  padding: '6px 8px',
};

/** The card's value callbacks of a control, as HubSpot's inputs take them. */
interface ValueCallbacks<T> {
  onChange?: Handler<T>;
  onInput?: Handler<T>;
  onBlur?: Handler<T>;
}

/** What every typed-into control carries: its id, name, hint, state and what describes it. */
function controlAttributes(id: string, props: FieldProps) {
  return {
    id,
    name: props.name,
    placeholder: props.placeholder,
    readOnly: props.readOnly,
    'aria-invalid': props.error || undefined,
    'aria-describedby': describedBy(id, props),
    style: inputStyle,
  };
}

/**
 * Hands the card the control's value, read from its text by `read`, on each change (as `onInput`,
 * then `onChange`) and on blur; `show` first shows a keystroke at once where the field keeps its text.
 */
function valueHandlers<T>(
  props: ValueCallbacks<T>,
  read: (text: string) => T,
  show?: (text: string) => void,
) {
  type Target = { target: { value: string } };
  return {
    onChange: (event: Target) => {
      show?.(event.target.value);
      props.onInput?.(read(event.target.value));
      props.onChange?.(read(event.target.value));
    },
    onBlur: (event: Target) => props.onBlur?.(read(event.target.value)),
  };
}

/** A text field's id, and what its control carries: the text shown and the card's callbacks. */
function useTextControl(props: FieldProps & ValueCallbacks<string> & { value?: string }) {
  const id = useId();
  const [text, setText] = useFieldText(props.value);
  const handlers = valueHandlers(props, (typed) => typed, setText);
  return { id, control: { ...controlAttributes(id, props), value: text, ...handlers } };
}

function TextArea(props: FieldProps & ValueCallbacks<string> & { value?: string; rows?: number }) {
  const { id, control } = useTextControl(props);
  return (
    <Field {...props} id={id}>
      <textarea {...control} rows={props.rows ?? 5} />
    </Field>
  );
}

function Input(
  props: FieldProps & ValueCallbacks<string> & { value?: string; type?: 'text' | 'password' },
) {
  const { id, control } = useTextControl(props);
  return (
    <Field {...props} id={id}>
      <input {...control} type={props.type === 'password' ? 'password' : 'text'} />
    </Field>
  );
}

/** HubSpot's date input: `value` and `onChange` as `{ year, month (0-based), date }`. */
function DateInput(
  props: FieldProps & {
    value?: { year: number; month: number; date: number };
    onChange?: Handler<{ year: number; month: number; date: number } | null>;
  },
) {
  const id = useId();
  const two = (n: number) => String(n).padStart(2, '0');
  const shown = props.value
    ? `${props.value.year}-${two(props.value.month + 1)}-${two(props.value.date)}`
    : '';
  return (
    <Field {...props} id={id}>
      <input
        {...controlAttributes(id, props)}
        type="date"
        defaultValue={shown}
        onChange={(event) => {
          const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(event.target.value);
          props.onChange?.(
            match
              ? { year: Number(match[1]), month: Number(match[2]) - 1, date: Number(match[3]) }
              : null,
          );
        }}
      />
    </Field>
  );
}

/**
 * HubSpot's BarChart and LineChart, as a captioned list of the plotted values: the preview draws
 * no chart, and the page's own table follows each chart anyway.
 */
function Chart(props: {
  data?: Array<Record<string, string | number>> | { data: Array<Record<string, string | number>> };
  axes?: { x: { field: string }; y: { field: string }; options?: { groupFieldByColor?: string } };
  options?: { title?: string };
}) {
  const rows = Array.isArray(props.data) ? props.data : (props.data?.data ?? []);
  const x = props.axes?.x.field ?? '';
  const y = props.axes?.y.field ?? '';
  const group = props.axes?.options?.groupFieldByColor;
  return (
    <figure style={{ margin: '8px 0' }} data-chart="true">
      <figcaption style={{ fontSize: 13, fontWeight: 600 }}>{props.options?.title}</figcaption>
      <p style={{ fontSize: 12, color: '#516f90' }}>
        {rows.length} points
        {rows.length > 0
          ? `, e.g. ${String(rows[0]?.[x] ?? '')}${group ? ` ${String(rows[0]?.[group] ?? '')}` : ''}: ${String(rows[0]?.[y] ?? '')}`
          : ''}
      </p>
    </figure>
  );
}
const BarChart = Chart;
const LineChart = Chart;

function NumberInput(
  props: FieldProps &
    ValueCallbacks<number> & { value?: number; min?: number; max?: number; precision?: number },
) {
  const id = useId();
  const read = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  return (
    <Field {...props} id={id}>
      <input
        {...controlAttributes(id, props)}
        type="number"
        inputMode="decimal"
        step={props.precision ? 1 / 10 ** props.precision : 'any'}
        min={props.min}
        max={props.max}
        defaultValue={
          props.value === undefined || Number.isNaN(props.value) ? '' : String(props.value)
        }
        {...valueHandlers(props, read)}
      />
    </Field>
  );
}

function Select(
  props: FieldProps & {
    value?: string | number;
    options?: Array<{ label: string; value: string | number }>;
    onChange?: Handler<string | number>;
  },
) {
  const id = useId();
  const options = props.options ?? [];
  return (
    <Field {...props} id={id}>
      <select
        id={id}
        name={props.name}
        value={props.value === undefined ? '' : String(props.value)}
        aria-describedby={describedBy(id, props)}
        style={inputStyle}
        onChange={(event) => {
          const chosen = options.find((option) => String(option.value) === event.target.value);
          if (chosen) props.onChange?.(chosen.value);
        }}
      >
        {props.value === undefined ? (
          <option value="">{props.placeholder ?? 'Choose…'}</option>
        ) : null}
        {options.map((option) => (
          <option key={String(option.value)} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

const choiceLabelStyle: CSSProperties = {
  display: 'flex',
  gap: 6,
  alignItems: 'center',
  margin: '4px 0',
};

/** A checkable choice as the card's Checkbox and RadioButton take it: told it is checked, and its value. */
type ChoiceProps = Children & {
  checked?: boolean;
  name?: string;
  value?: string;
  onChange?: (checked: boolean, value: string) => void;
};

function Choice(props: ChoiceProps & { type: 'checkbox' | 'radio'; readOnly?: boolean }) {
  return (
    <label style={choiceLabelStyle}>
      <input
        type={props.type}
        name={props.name}
        checked={props.checked ?? false}
        readOnly={props.readOnly}
        onChange={(event) => props.onChange?.(event.target.checked, props.value ?? '')}
      />
      {props.children}
    </label>
  );
}

function Checkbox(props: ChoiceProps & { readOnly?: boolean }) {
  return <Choice {...props} type="checkbox" />;
}

function RadioButton(props: ChoiceProps) {
  return <Choice {...props} type="radio" readOnly={undefined} />;
}

function Toggle(props: {
  label?: string;
  checked?: boolean;
  readonly?: boolean;
  onChange?: Handler<boolean>;
}) {
  return (
    <label style={choiceLabelStyle}>
      <input
        type="checkbox"
        role="switch"
        checked={props.checked ?? false}
        readOnly={props.readonly}
        onChange={(event) => props.onChange?.(event.target.checked)}
      />
      {props.label}
    </label>
  );
}

function ToggleGroup(
  props: FieldProps & {
    toggleType?: 'checkboxList' | 'radioButtonList';
    options?: Array<{ label: string; value: string }>;
    value?: string | string[];
    onChange?: (value: string | string[]) => void;
  },
) {
  const name = useId();
  const radio = props.toggleType === 'radioButtonList';
  const chosen = Array.isArray(props.value)
    ? props.value
    : props.value === undefined
      ? []
      : [props.value];
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '8px 0' }}>
      <legend style={{ fontWeight: 600, fontSize: 13 }}>{props.label}</legend>
      {(props.options ?? []).map((option) => (
        <label key={option.value} style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
          <input
            type={radio ? 'radio' : 'checkbox'}
            name={name}
            checked={chosen.includes(option.value)}
            onChange={(event) => {
              if (radio) props.onChange?.(option.value);
              else
                props.onChange?.(
                  event.target.checked
                    ? [...chosen, option.value]
                    : chosen.filter((value) => value !== option.value),
                );
            }}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

function List(
  props: Children & {
    variant?:
      'ordered' | 'unordered' | 'unordered-styled' | 'ordered-styled' | 'inline' | 'inline-divided';
  },
) {
  const items = Array.isArray(props.children) ? props.children : [props.children];
  const content = items.map((child, index) => <li key={index}>{child}</li>);
  return props.variant?.startsWith('ordered') ? <ol>{content}</ol> : <ul>{content}</ul>;
}

function ProgressBar(props: {
  title?: string;
  value?: number;
  maxValue?: number;
  valueDescription?: string;
}) {
  return (
    <div style={{ margin: '8px 0' }}>
      <span>{props.title}</span>
      <progress
        aria-label={props.title ?? 'Progress'}
        value={props.value ?? 0}
        max={props.maxValue ?? 100}
        style={{ width: '100%' }}
      />
      {props.valueDescription ? (
        <span style={{ fontSize: 12 }}>{props.valueDescription}</span>
      ) : null}
    </div>
  );
}

function Statistics(props: Children) {
  return <div style={{ display: 'flex', gap: 24, margin: '8px 0' }}>{props.children}</div>;
}

function StatisticsItem(props: Children & { label?: string; number?: string | number }) {
  return (
    <div>
      <div style={{ fontSize: 12, color: '#516f90' }}>{props.label}</div>
      <div style={{ fontSize: 20, fontWeight: 600 }}>{props.number}</div>
      {props.children}
    </div>
  );
}

function Accordion(props: Children & { title?: string; defaultOpen?: boolean }) {
  return (
    <details open={props.defaultOpen} style={{ margin: '8px 0' }}>
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{props.title}</summary>
      {props.children}
    </details>
  );
}

function Tabs(props: Children) {
  return <div>{props.children}</div>;
}

function Tab(props: Children & { title?: string }) {
  return (
    <section aria-label={props.title}>
      <h4 style={{ margin: '8px 0' }}>{props.title}</h4>
      {props.children}
    </section>
  );
}

function Form(props: Children & { onSubmit?: (event: unknown) => void }) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit?.({ type: 'submit', targetValue: {} });
      }}
    >
      {props.children}
    </form>
  );
}

function Image(props: { src?: string; alt?: string; width?: number; height?: number }) {
  return <img src={props.src} alt={props.alt ?? ''} width={props.width} height={props.height} />;
}

function Table(props: Children) {
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
      {props.children}
    </table>
  );
}
const TableHead = (props: Children) => <thead>{props.children}</thead>;
const TableBody = (props: Children) => <tbody>{props.children}</tbody>;
const TableFooter = (props: Children) => <tfoot>{props.children}</tfoot>;
const TableRow = (props: Children) => <tr>{props.children}</tr>;
const TableHeader = (props: Children) => (
  <th style={{ textAlign: 'left', borderBottom: '1px solid #cbd6e2', padding: 4 }}>
    {props.children}
  </th>
);
const TableCell = (props: Children) => (
  <td style={{ borderBottom: '1px solid #eaf0f6', padding: 4 }}>{props.children}</td>
);

function Tooltip(props: Children) {
  return <span>{props.children}</span>;
}

/** Component name (as the remote tree names it) → the preview's DOM component. */
export const previewComponents = {
  Accordion,
  Alert,
  BarChart,
  DateInput,
  LineChart,
  Box,
  Button,
  ButtonRow,
  Checkbox,
  DescriptionList,
  DescriptionListItem,
  Divider,
  EmptyState,
  ErrorState,
  Flex,
  Form,
  Heading,
  Image,
  Input,
  Link,
  List,
  LoadingButton,
  LoadingSpinner,
  NumberInput,
  ProgressBar,
  RadioButton,
  Select,
  Statistics,
  StatisticsItem,
  StatusTag,
  Tab,
  Tabs,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableHeader,
  TableRow,
  Tag,
  Text,
  TextArea,
  Tile,
  Toggle,
  ToggleGroup,
  Tooltip,
};
