/**
 * The layout layer (apps/react/kit.tsx) in HubSpot's ui-extensions, for the panel bodies written
 * once for both hosts. The card's tests find these components by type and test id.
 */
import {
  Alert,
  Button,
  DateInput,
  DescriptionList,
  DescriptionListItem,
  Flex,
  Form,
  Heading,
  Input,
  Link,
  LoadingButton,
  StatusTag,
  Tag,
  Text,
  TextArea,
  Tile,
} from '@hubspot/ui-extensions';
import type { Kit } from '../../../react/kit';
import { Choice } from './Choice';
import { statusTagVariant, tagVariant } from './emphasis';

/** A YYYY-MM-DD day as ui-extensions' DateInput holds it (months from 0); none for ''. */
function pickerDay(day: string | undefined) {
  if (day === undefined || day === '') return undefined;
  return {
    year: Number(day.slice(0, 4)),
    month: Number(day.slice(5, 7)) - 1,
    date: Number(day.slice(8, 10)),
  };
}

/** The YYYY-MM-DD day a DateInput answers with; '' once it is cleared. */
function typedDay(picked: { year: number; month: number; date: number } | null): string {
  if (picked === null) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(picked.year).padStart(4, '0')}-${two(picked.month + 1)}-${two(picked.date)}`;
}

/** An Alert's variant for each emphasis (`bad` is a failure: danger). */
const alertVariant = {
  good: 'success',
  caution: 'warning',
  bad: 'danger',
  info: 'info',
  muted: 'info',
} as const;

export const hubspotKit: Kit = {
  Stack: ({ row, testId, children }) =>
    row ? (
      <Flex testId={testId} direction="row" gap="extra-small" align="center" wrap>
        {children}
      </Flex>
    ) : (
      <Flex testId={testId} direction="column" gap="small">
        {children}
      </Flex>
    ),
  List: ({ children }) => (
    <Flex direction="column" gap="small">
      {children}
    </Flex>
  ),
  Item: ({ boxed, children }) => {
    const column = (
      <Flex direction="column" gap="extra-small">
        {children}
      </Flex>
    );
    return boxed ? <Tile compact>{column}</Tile> : column;
  },
  Text: ({ testId, children, bold, small, label }) => (
    <Text
      testId={testId}
      {...(small ? { variant: 'microcopy' } : {})}
      {...(bold ? { format: { fontWeight: 'bold' } } : {})}
    >
      {label === undefined ? children : `${label}: ${children}`}
    </Text>
  ),
  Quote: ({ testId, label, text }) => (
    <Text testId={testId} format={{ italic: true }}>{`${label}: “${text}”`}</Text>
  ),
  Tag: ({ testId, children, emphasis, status }) =>
    status ? (
      <StatusTag testId={testId} {...(emphasis ? { variant: statusTagVariant[emphasis] } : {})}>
        {children}
      </StatusTag>
    ) : (
      <Tag testId={testId} {...(emphasis ? { variant: tagVariant[emphasis] } : {})}>
        {children}
      </Tag>
    ),
  Button: ({ testId, children, onClick, variant, busy, disabled, submit }) => {
    const look: { testId?: string; size?: 'xs'; variant?: 'primary' } = {
      ...(testId === undefined ? {} : { testId }),
      ...(variant === 'inline' ? { size: 'xs' } : {}),
      ...(variant === 'primary' ? { variant: 'primary' } : {}),
    };
    if (busy !== undefined) {
      const off = busy || disabled === true;
      return (
        <LoadingButton {...look} loading={busy} disabled={off} onClick={onClick}>
          {children}
        </LoadingButton>
      );
    }
    const action = submit ? { type: 'submit' as const } : { onClick };
    return (
      <Button {...look} {...(disabled === undefined ? {} : { disabled })} {...action}>
        {children}
      </Button>
    );
  },
  Link: ({ testId, href, children }) => (
    <Link testId={testId} href={{ url: href, external: true }}>
      {children}
    </Link>
  ),
  Notice: ({ testId, emphasis, title, text, children }) => (
    <Alert testId={testId} title={title ?? ''} variant={alertVariant[emphasis]}>
      {text}
      {children}
    </Alert>
  ),
  Section: ({ title, children }) => (
    <Flex direction="column" gap="extra-small">
      <Heading>{title}</Heading>
      {children}
    </Flex>
  ),
  // A description list cannot be named: the panel's heading says what it is.
  Details: ({ rows, testId }) => (
    <DescriptionList direction="row">
      {rows.map((row) => (
        <DescriptionListItem key={row.key} label={row.label}>
          <Text testId={`${testId}-${row.key}`}>{row.text}</Text>
        </DescriptionListItem>
      ))}
    </DescriptionList>
  ),
  TextArea: ({ testId, name, label, hint, value, maxLength, rows, problem, onChange }) => (
    <TextArea
      testId={testId}
      name={name}
      label={label}
      {...(hint === undefined ? {} : { description: hint })}
      {...(maxLength === undefined ? {} : { maxLength })}
      {...(rows === undefined ? {} : { rows })}
      value={value}
      onInput={onChange}
      onChange={onChange}
      {...(problem === undefined ? {} : { error: true, validationMessage: problem })}
    />
  ),
  Form: ({ onSubmit, children }) => <Form onSubmit={onSubmit}>{children}</Form>,
  AmountInput: ({ testId, name, label, hint, value, problem, onChange }) => (
    <Input
      testId={testId}
      name={name}
      label={label}
      {...(hint === undefined ? {} : { description: hint })}
      value={value}
      onInput={onChange}
      onChange={onChange}
      {...(problem === undefined ? {} : { error: true, validationMessage: problem })}
    />
  ),
  DateInput: ({ testId, name, label, value, min, problem, onChange }) => (
    <DateInput
      testId={testId}
      name={name}
      label={label}
      format="YYYY-MM-DD"
      value={pickerDay(value)}
      {...(min === undefined ? {} : { min: pickerDay(min) })}
      onChange={(picked) => onChange(typedDay(picked))}
      {...(problem === undefined ? {} : { error: true, validationMessage: problem })}
    />
  ),
  Choice: ({ testId, name, label, choices, value, placeholder, problem, onChoose }) => (
    <Choice
      id={testId ?? name}
      name={name}
      label={label}
      {...(placeholder === undefined ? {} : { placeholder })}
      choices={choices}
      value={value}
      {...(problem === undefined ? {} : { problem })}
      onChoose={onChoose}
    />
  ),
};
