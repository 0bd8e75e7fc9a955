/** A region named by its heading, so a screen reader lists it by the title the agent sees. */
import type { CSSProperties, ReactNode } from 'react';
import { LG, SM } from '@zendeskgarden/react-typography';

interface SectionProps {
  title: string;
  /** A sidebar panel (a large h2), not a part of one (a small h3). */
  panel?: boolean;
  style?: CSSProperties;
  children: ReactNode;
}

export function Section({ title, panel, style, children }: SectionProps) {
  const Heading = panel ? LG : SM;
  return (
    <section aria-label={title} style={style}>
      <Heading tag={panel ? 'h2' : 'h3'} isBold>
        {title}
      </Heading>
      {children}
    </section>
  );
}
