/** The spec's OperatorIndex values with a fixed meaning; n in 1..98 is the n-th operator. */
export const VISITOR_INDEX = 0;
export const SERVER_INDEX = 99;
