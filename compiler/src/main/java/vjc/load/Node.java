package vjc.load;

import vjc.diag.Origin;

/**
 * A value in a job file: a map, a list or a scalar. Immutable; every node knows where it was
 * written. Aliased subtrees are shared, so {@link #weight()} counts the expanded size.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

  /** Where this value was written, with the chain behind it for resolved values. */
  Origin origin();

  /** This node, the same value, at another origin (children keep theirs). */
  Node withOrigin(Origin origin);

  /** Number of nodes in this subtree once aliases are expanded; bounds the work on it. */
  long weight();

  /** A short noun for messages: {@code map}, {@code list}, {@code string}, .... */
  String kindName();
}
