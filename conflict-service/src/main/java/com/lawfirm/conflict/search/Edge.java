package com.lawfirm.conflict.search;

/** An affiliation of a node to another: outgoing when the node is its subject (this node RELATION the other). */
public record Edge(String relation, String otherNodeId, boolean outgoing) {
}
