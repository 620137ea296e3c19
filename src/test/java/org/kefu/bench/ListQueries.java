package org.kefu.bench;

/** Prints the list benchmark's filters, one a line, for bench/queries.sh. */
public final class ListQueries {

    public static void main(String[] args) {
        Requests.QUERIES.forEach(System.out::println);
    }
}
