/** Who the customer is: name, email, language and time zone. */
import { Flex, Heading, Tag, Text } from '@hubspot/ui-extensions';
import type { CustomerView } from '../../../view/account-overview';

/** The customer's name and contact facts. */
export function CustomerSummary({ customer }: { customer: CustomerView }) {
  return (
    <Flex direction="column" gap="extra-small">
      <Heading testId="customer-name">{customer.name}</Heading>
      {customer.email ? <Text testId="customer-email">{customer.email}</Text> : null}
      {customer.details.length > 0 ? (
        <Flex direction="row" gap="extra-small" wrap>
          {customer.details.map((detail) => (
            <Tag key={detail}>{detail}</Tag>
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
}
