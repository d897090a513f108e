//! The only reads of the wall clock and the random source.
