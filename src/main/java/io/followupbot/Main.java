package io.followupbot;
public final class Main { public static void main(String[] args) {} }
