import type { ComponentPropsWithoutRef, ElementType, ReactNode } from "react";
import { cx } from "./cx";

type CardProps<T extends ElementType> = {
  as?: T;
  children: ReactNode;
  className?: string;
  /** Adds hover lift for cards that are one big link. */
  interactive?: boolean;
} & Omit<ComponentPropsWithoutRef<T>, "as" | "children" | "className">;

export function Card<T extends ElementType = "div">({ as, children, className, interactive, ...rest }: CardProps<T>) {
  const Tag = (as ?? "div") as ElementType;
  return (
    <Tag
      className={cx(
        "rounded-2xl border border-stone-200 bg-white p-6 shadow-sm sm:p-7",
        interactive &&
          "transition hover:-translate-y-0.5 hover:border-brand-600/40 hover:shadow-md focus-within:ring-2 focus-within:ring-brand-600 focus-within:ring-offset-2",
        className,
      )}
      {...rest}
    >
      {children}
    </Tag>
  );
}
