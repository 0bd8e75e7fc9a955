/** A failed action where it happened, as the host words it (its title, where it has one, and body). */
import { useKit } from '../kit';

export function Failure(props: {
  testId: string;
  words: { readonly title?: string | undefined; readonly body: string };
}) {
  const { Notice } = useKit();
  const { title, body } = props.words;
  return <Notice testId={props.testId} emphasis="bad" role="alert" title={title} text={body} />;
}
