// A collapsed section of a step: its title as the accordion's button and, under it, one line saying
// the section's state (what is chosen or typed, how many entries need fixing), read with the button.
import { AccordionHeader, AccordionItem, AccordionPanel, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  summary: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    paddingLeft: tokens.spacingHorizontalXXL,
    paddingBottom: tokens.spacingVerticalXS,
  },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/** One accordion item with a title, a one-line summary of its state (marked when something needs fixing), and its content. */
export function Section(props: {
  value: string;
  title: string;
  summary: string;
  problem?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  const id = `section-${props.value}-summary`;
  return (
    <AccordionItem value={props.value} data-section={props.value}>
      <AccordionHeader button={{ "aria-describedby": id }}>{props.title}</AccordionHeader>
      <Text id={id} className={styles.summary} data-testid={`summary-${props.value}`}>
        {props.summary}
        {props.problem ? <span className={styles.problem}> · {props.problem}</span> : null}
      </Text>
      <AccordionPanel>{props.children}</AccordionPanel>
    </AccordionItem>
  );
}
